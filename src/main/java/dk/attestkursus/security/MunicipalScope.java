package dk.attestkursus.security;

import com.vaadin.flow.server.VaadinSession;
import dk.attestkursus.kernel.MunicipalityId;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which municipality the work on this thread runs in: the one mechanism of ownership
 * (docs/decisions/020-municipal-ownership.md). Hibernate asks it for the tenant of every session it
 * opens ({@code @TenantId} on {@link dk.attestkursus.kernel.OwnedEntity}), and {@code base.MunicipalJdbc}
 * binds it into every SQL statement on a municipality's tables.
 *
 * <ul>
 *   <li>A person's session runs in their own municipality.
 *   <li>The platform's own sessions (platform administrator, national coordinator, the platform's jobs
 *       as {@link SystemUser}) run as the platform: they see every municipality and may write a row
 *       into one only by naming it ({@link #within}).
 *   <li>Nobody logged in: no municipality at all; nothing is visible and nothing can be written,
 *       except inside {@link #platform} (finding the account at login, verifying a certificate).
 * </ul>
 */
@Component
public class MunicipalScope implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

    /** The tenant of a thread in no municipality: no row has it, so nothing is seen or written. */
    static final long NOBODY = -1;

    private final ThreadLocal<@Nullable MunicipalityId> override = new ThreadLocal<>();
    private final SecurityContextHolderStrategy contexts;

    MunicipalScope(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }

    @Override
    public Long resolveCurrentTenantIdentifier() {
        MunicipalityId chosen = override.get();
        if (chosen != null) {
            return chosen.value();
        }
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth == null) {
            return NOBODY;
        }
        if (auth.getPrincipal() instanceof AccountUserDetails details) {
            return guestVisit()
                    .filter(v -> v.account().equals(details.account().id()))
                    .map(v -> v.host().value())
                    .orElse(details.account().municipality().value());
        }
        boolean system =
                auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + AppRoles.SYSTEM).equals(a.getAuthority()));
        return system ? MunicipalityId.PLATFORM.value() : NOBODY;
    }

    @Override
    public boolean isRoot(Long tenantId) {
        return tenantId == MunicipalityId.PLATFORM.value();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    /**
     * An invited guest instructor working in the host municipality for this browser session: their
     * municipality is the host's until they leave (decision 020). Only {@code courserun}'s guest service
     * starts a visit, after it found the account's active guest place in the host's run.
     */
    public record GuestVisit(AccountId account, MunicipalityId host, String hostName) implements Serializable {}

    private static final String GUEST_VISIT = MunicipalScope.class.getName() + ".guestVisit";

    /** Starts a guest visit for the logged-in account in this browser session. */
    public void startGuestVisit(MunicipalityId host, String hostName) {
        Authentication auth = contexts.getContext().getAuthentication();
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || auth == null || !(auth.getPrincipal() instanceof AccountUserDetails details)) {
            throw new IllegalStateException("A guest visit belongs to a person's browser session");
        }
        session.getSession()
                .setAttribute(GUEST_VISIT, new GuestVisit(details.account().id(), host, hostName));
    }

    /** Ends the guest visit: back in the person's own municipality. */
    public void endGuestVisit() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().removeAttribute(GUEST_VISIT);
        }
    }

    /** The guest visit of this browser session, if any. */
    public Optional<GuestVisit> guestVisit() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        try {
            return session.getSession().getAttribute(GUEST_VISIT) instanceof GuestVisit v
                    ? Optional.of(v)
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** The municipality of this thread's work, if it runs in one (not the platform, not nobody). */
    public Optional<MunicipalityId> current() {
        long value = resolveCurrentTenantIdentifier();
        return value > 0 ? Optional.of(new MunicipalityId(value)) : Optional.empty();
    }

    /** Whether this thread's work runs as the platform, seeing every municipality. */
    public boolean isPlatform() {
        return isRoot(resolveCurrentTenantIdentifier());
    }

    /**
     * Runs {@code work} in {@code municipality}: what a platform job or the platform administrator
     * does for one municipality (queue a run's mails, create its first administrator). Allowed only
     * from the platform or from that municipality itself, and only outside a transaction, since
     * Hibernate fixes a session's municipality when it opens it.
     */
    public <T> T within(MunicipalityId municipality, Supplier<T> work) {
        long now = resolveCurrentTenantIdentifier();
        if (!isRoot(now) && now != municipality.value()) {
            throw new IllegalStateException("Only the platform works within another municipality");
        }
        return with(municipality, work);
    }

    /**
     * Runs {@code work} in the municipality of one account (issue 22): the account a personal link by mail
     * belongs to (nobody is logged in on a link's page; the link, found by its hash, names the account), or
     * the logged-in person's own account while they visit another municipality as a guest instructor.
     */
    <T> T forLinkOwner(MunicipalityId municipality, Supplier<T> work) {
        return with(municipality, work);
    }

    /**
     * Runs {@code work} as the platform although nobody or a municipality's person is logged in: only
     * for look-ups that are the same for everyone and show nothing of a municipality (the account a
     * login names, whether a certificate code is valid, which runs invited a guest instructor).
     */
    public <T> T platform(Supplier<T> work) {
        return with(MunicipalityId.PLATFORM, work);
    }

    private <T> T with(MunicipalityId municipality, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "A municipality is chosen before the transaction starts, not inside it (decision 020)");
        }
        MunicipalityId previous = override.get();
        override.set(municipality);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                override.remove();
            } else {
                override.set(previous);
            }
        }
    }
}
