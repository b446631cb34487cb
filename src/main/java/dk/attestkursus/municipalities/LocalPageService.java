package dk.attestkursus.municipalities;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.content.Markdown;
import dk.attestkursus.municipalities.domain.LocalPageRepository;
import dk.attestkursus.municipalities.domain.LocalPageText;
import dk.attestkursus.municipalities.domain.LocalPageVersion;
import dk.attestkursus.municipalities.domain.LocalPageVersionRepository;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.MunicipalScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's own page in the course (issue 21): who its practice consultants are, the jobcenter's
 * routines for LÆ requests, local agreements with the GP cluster. Written by the municipality's
 * administrator in Markdown, shown sanitised as the rest of the course, never with a CPR number, every
 * saved text kept. Everyone of the municipality reads it; the platform's own sessions have none.
 */
@Service
@Transactional(readOnly = true)
public class LocalPageService {

    /** The longest page, in characters (the column's size). */
    public static final int MAX_LENGTH = 20_000;

    private final LocalPageRepository pages;
    private final LocalPageVersionRepository versions;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final MunicipalScope scope;
    private final Clock clock;

    LocalPageService(
            LocalPageRepository pages,
            LocalPageVersionRepository versions,
            AccountService accounts,
            CurrentUser currentUser,
            MunicipalScope scope,
            Clock clock) {
        this.pages = pages;
        this.versions = versions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.scope = scope;
        this.clock = clock;
    }

    /** The page of the session's municipality, if it has written one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<LocalPage> mine() {
        if (scope.current().isEmpty()) {
            return Optional.empty();
        }
        return pages.findFirstByOrderByIdAsc()
                .map(p -> new LocalPage(
                        p.getMarkdown(), Markdown.html(p.getMarkdown()), p.getUpdatedAt(), p.getVersion()));
    }

    /** The HTML a text would show as, for the editor's preview (sanitised as the page itself). */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public String preview(String markdown) {
        return Markdown.html(markdown);
    }

    /**
     * Saves the page as the administrator wrote it, over the version the editor loaded ({@code -1}: there
     * was none). Refused, with nothing stored, for a CPR number, a text over {@link #MAX_LENGTH} characters
     * and a page someone else saved in between.
     */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public LocalPage save(String markdown, long loadedVersion) {
        if (CprDetector.contains(markdown)) {
            throw new LocalPageRefusedException(LocalPageRefusedException.Reason.CPR, "cpr-like number");
        }
        if (markdown.length() > MAX_LENGTH) {
            throw new LocalPageRefusedException(
                    LocalPageRefusedException.Reason.TOO_LONG, markdown.length() + " chars");
        }
        Instant now = clock.instant();
        long by = currentUser.require().id().value();
        var existing = pages.findFirstByOrderByIdAsc();
        long current = existing.map(p -> p.getVersion()).orElse(-1L);
        if (current != loadedVersion) {
            throw new LocalPageRefusedException(
                    LocalPageRefusedException.Reason.CONFLICT, "version " + current + " != " + loadedVersion);
        }
        var page = existing.orElseGet(() -> new LocalPageText(markdown, now, by));
        page.rewrite(markdown, now, by);
        page = pages.saveAndFlush(page);
        versions.save(new LocalPageVersion(markdown, now, by));
        return new LocalPage(markdown, Markdown.html(markdown), now, page.getVersion());
    }

    /** The last twenty saved texts, newest first: when and by whom. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public List<LocalPageRevision> history() {
        List<LocalPageVersion> saved = versions.findTop20ByOrderBySavedAtDescIdDesc();
        Map<AccountId, String> names = accounts.displayNames(saved.stream()
                .map(LocalPageVersion::getSavedBy)
                .filter(Objects::nonNull)
                .map(AccountId::new)
                .distinct()
                .toList());
        return saved.stream()
                .map(v -> new LocalPageRevision(
                        v.getSavedAt(),
                        v.getSavedBy() == null ? "" : names.getOrDefault(new AccountId(v.getSavedBy()), ""),
                        v.getMarkdown().length()))
                .toList();
    }
}
