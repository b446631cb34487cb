package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A session that began before its account's "sessions valid from" (a reset, "log out everywhere") ends
 * at its next checked request: the page goes to the login, the Vaadin client is told its session expired.
 */
class SessionValidityFilterTest {

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final MunicipalScope scope = mock(MunicipalScope.class);
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final Account account =
            new Account("anne", "anne@kommune.dk", "Anne", "x", Role.PARTICIPANT, null, null, Instant.EPOCH);
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        when(scope.platform(any())).thenAnswer(call -> ((Supplier<Object>) call.getArgument(0)).get());
        when(accounts.findById(7L)).thenReturn(Optional.of(account));
        AccountUserDetails user = new AccountUserDetails(
                new CurrentAccount(new AccountId(7), "anne", "Anne", Role.PARTICIPANT, new MunicipalityId(1)),
                "x",
                true,
                true);
        contexts.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void tearDown() {
        contexts.clearContext();
    }

    private MockHttpServletResponse request(MockHttpSession session, boolean vaadinClient) throws Exception {
        SessionValidityFilter filter =
                new SessionValidityFilter(accounts, scope, contexts, Clock.fixed(now, ZoneOffset.UTC));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/kursus");
        if (vaadinClient) {
            request.setParameter("v-r", "uidl");
        }
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_session_that_began_before_a_reset_is_ended_at_its_next_check_and_a_later_one_lives_on() throws Exception {
        MockHttpSession old = new MockHttpSession();
        assertThat(request(old, false).getRedirectedUrl()).isNull(); // the session's first request: it begins
        now = now.plusSeconds(60);
        MockHttpSession later = new MockHttpSession();
        account.endSessionsBefore(now.minusSeconds(1));
        assertThat(request(later, false).getRedirectedUrl()).isNull(); // begins after the reset
        now = now.plusSeconds(60);

        assertThat(request(later, false).getRedirectedUrl()).isNull();
        assertThat(later.isInvalid()).isFalse();
        MockHttpServletResponse ended = request(old, false);
        assertThat(ended.getRedirectedUrl()).isEqualTo("/login");
        assertThat(old.isInvalid()).isTrue();
    }

    @Test
    void the_vaadin_client_is_told_that_its_session_expired() throws Exception {
        MockHttpSession old = new MockHttpSession();
        request(old, true);
        now = now.plusSeconds(60);
        account.endSessionsBefore(now);

        MockHttpServletResponse ended = request(old, true);

        assertThat(ended.getContentAsString()).contains("\"sessionExpired\":true");
        assertThat(old.isInvalid()).isTrue();
    }
}
