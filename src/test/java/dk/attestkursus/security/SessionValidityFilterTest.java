package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.time.Duration;
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

    private final IdleTimeout idle = new IdleTimeout(Duration.ofMinutes(30));

    private MockHttpServletResponse request(MockHttpSession session, boolean vaadinClient) throws Exception {
        return request(session, vaadinClient ? "uidl" : null);
    }

    /** A request of the kind {@code v-r} names ({@code null}: a page). */
    private MockHttpServletResponse request(MockHttpSession session, String vaadinRequest) throws Exception {
        SessionValidityFilter filter =
                new SessionValidityFilter(accounts, scope, contexts, Clock.fixed(now, ZoneOffset.UTC), idle);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/kursus");
        if (vaadinRequest != null) {
            request.setParameter("v-r", vaadinRequest);
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

    @Test
    void a_session_without_a_users_request_for_longer_than_the_idle_timeout_ends_heartbeats_do_not_count()
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        request(session, "uidl");
        for (int minutes : new int[] {5, 10, 15, 20, 25, 29}) {
            idle.skewForTests(Duration.ofMinutes(minutes));
            assertThat(request(session, minutes % 10 == 0 ? "heartbeat" : "push")
                            .getContentAsString())
                    .doesNotContain("sessionExpired");
        }
        idle.skewForTests(Duration.ofMinutes(30).plusSeconds(1));

        MockHttpServletResponse ended = request(session, "heartbeat");

        assertThat(ended.getContentAsString()).contains("\"sessionExpired\":true");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_users_request_starts_the_idle_time_again() throws Exception {
        MockHttpSession session = new MockHttpSession();
        request(session, false);
        idle.skewForTests(Duration.ofMinutes(29));
        request(session, "uidl");
        idle.skewForTests(Duration.ofMinutes(58));

        assertThat(request(session, false).getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();

        idle.skewForTests(Duration.ofMinutes(89));
        assertThat(request(session, false).getRedirectedUrl()).isEqualTo("/login");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void an_idle_timeout_shorter_than_the_warning_is_refused_at_start() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IdleTimeout(Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idle-timeout");
    }
}
