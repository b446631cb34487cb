package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Personal links (issue 22): only a hash is stored; a link works once, until it expires, and a newer one
 * replaces it; forged, cut short, expired and reused links are refused with nothing changed; a reset is
 * found by e-mail (any case, spaces) or user name, at most three an hour, and ends the other sessions.
 */
@IntegrationTest
class PersonalLinksIT {

    @Autowired
    PersonalLinks links;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccountService accounts;

    @Autowired
    SystemUser system;

    /** A new account whose own invitation (sent after its creation committed) has been made. */
    private AccountId invitedAccount(String prefix) {
        AccountId id = new AccountId(fixtures.id(fixtures.account(prefix, Role.PARTICIPANT)));
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "select count(*) from account_token where account_id = ? and purpose = 'INVITATION'",
                        Integer.class,
                        id.value()))
                .isPositive());
        return id;
    }

    private String usernameOf(AccountId id) {
        return jdbc.queryForObject("select username from account where id = ?", String.class, id.value());
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("select password_hash from account where username = ?", String.class, username);
    }

    @Test
    void an_invitation_is_stored_as_a_hash_works_once_and_replaces_the_one_before() {
        AccountId id = invitedAccount("ny");
        String person = usernameOf(id);

        PersonalLink first = fixtures.as("admin", () -> links.invite(id));
        PersonalLink second = fixtures.as("admin", () -> links.invite(id));

        assertThat(first.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_token where token_hash = ? or token_hash = ?",
                        Integer.class,
                        first.token(),
                        second.token()))
                .as("no token is stored as it is")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_token where token_hash = ?",
                        Integer.class,
                        PersonalLinks.hash(second.token())))
                .isEqualTo(1);
        assertThat(links.check(first.token()).state()).isEqualTo(LinkCheck.State.USED);
        assertThat(links.check(second.token()))
                .isEqualTo(new LinkCheck(LinkCheck.State.VALID, LinkPurpose.INVITATION, "Test " + person));
        assertThat(fixtures.as("admin", () -> links.activated(List.of(id)))).isEqualTo(Map.of(id, false));

        String before = hashOf(person);
        assertThatThrownBy(() -> links.choosePassword(second.token(), "password1234", "password1234"))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("password", "password.error.common"));
        assertThatThrownBy(() -> links.choosePassword(second.token(), "grøn kaffe om morgenen", "grøn kaffe"))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("repeat", "password.error.repeat"));
        assertThat(hashOf(person)).isEqualTo(before);

        assertThat(links.choosePassword(second.token(), "grøn kaffe om morgenen", "grøn kaffe om morgenen"))
                .isEqualTo(person);
        assertThat(encoder.matches("grøn kaffe om morgenen", hashOf(person))).isTrue();
        assertThat(fixtures.as("admin", () -> links.activated(List.of(id)))).isEqualTo(Map.of(id, true));
        assertThatThrownBy(() -> links.choosePassword(second.token(), "en helt anden sætning", "en helt anden sætning"))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.USED));
        assertThat(encoder.matches("grøn kaffe om morgenen", hashOf(person))).isTrue();
        assertThatThrownBy(() -> fixtures.as("admin", () -> links.invite(id)))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.ACTIVATED));
    }

    @Test
    void forged_cut_short_and_expired_links_are_refused_and_an_expired_invitation_can_be_renewed() {
        AccountId id = invitedAccount("gammel");
        PersonalLink link = fixtures.as("admin", () -> links.invite(id));

        assertThat(links.check("A".repeat(43)).state()).isEqualTo(LinkCheck.State.UNKNOWN);
        assertThat(links.check(link.token().substring(0, 40)).state()).isEqualTo(LinkCheck.State.UNKNOWN);
        assertThat(links.check(null).state()).isEqualTo(LinkCheck.State.UNKNOWN);
        assertThat(links.check("' or 1=1 --").state()).isEqualTo(LinkCheck.State.UNKNOWN);
        jdbc.update(
                "update account_token set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                PersonalLinks.hash(link.token()));
        assertThat(links.check(link.token()).state()).isEqualTo(LinkCheck.State.EXPIRED);
        assertThatThrownBy(() -> links.choosePassword(link.token(), "grøn kaffe om morgenen", "grøn kaffe om morgenen"))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.EXPIRED));

        PersonalLink renewed = system.call(() -> links.renew(link.token())).orElseThrow();
        assertThat(renewed.purpose()).isEqualTo(LinkPurpose.INVITATION);
        assertThat(links.check(renewed.token()).state()).isEqualTo(LinkCheck.State.VALID);
        assertThat(system.call(() -> links.renew(renewed.token())))
                .as("only an expired link is renewed")
                .isEmpty();
    }

    @Test
    void a_reset_link_goes_by_mail_only_never_to_a_visitor_or_a_colleague() {
        String person = fixtures.account("fremmed", Role.PARTICIPANT);
        assertThatThrownBy(() -> fixtures.asAnonymous(() -> links.requestReset(person)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("admin", () -> links.requestReset(person)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reset_is_found_by_email_in_any_case_at_most_three_an_hour_and_ends_the_other_sessions() {
        String person = fixtures.account("glemt", Role.PARTICIPANT);
        assertThat(system.call(() -> links.requestReset("ingen." + person + "@example.dk")))
                .isEmpty();
        assertThat(system.call(() -> links.requestReset("platform")))
                .as("the platform's own people get no link by mail")
                .isEmpty();

        PersonalLink reset = system.call(() -> links.requestReset("  " + (person + "@EXAMPLE.dk").toUpperCase() + " "))
                .orElseThrow();
        assertThat(reset.purpose()).isEqualTo(LinkPurpose.RESET);
        assertThat(reset.expiresAt()).isBefore(Instant.now().plusSeconds(3601));
        assertThat(system.call(() -> links.requestReset(person))).isPresent();
        assertThat(system.call(() -> links.requestReset(person))).isPresent();
        assertThat(system.call(() -> links.requestReset(person)))
                .as("the fourth in an hour sends nothing")
                .isEmpty();

        assertThat(links.check(reset.token()).state())
                .as("replaced by the newer ones")
                .isEqualTo(LinkCheck.State.USED);
        assertThat(jdbc.queryForObject(
                        "select sessions_valid_from from account where username = ?", java.sql.Timestamp.class, person))
                .isNull();
    }

    @Test
    void an_invitation_left_in_a_mailbox_cannot_set_the_password_of_an_account_in_use() {
        AccountId id = invitedAccount("ibrug");
        String person = usernameOf(id);
        PersonalLink invitation = fixtures.as("admin", () -> links.invite(id));
        // the owner logged in with a password handed over: the account is in use
        jdbc.update("update account set password_set_at = current_timestamp where id = ?", id.value());
        String before = hashOf(person);

        assertThatThrownBy(() ->
                        links.choosePassword(invitation.token(), "grøn kaffe om morgenen", "grøn kaffe om morgenen"))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.USED));
        assertThat(hashOf(person)).isEqualTo(before);
    }

    @Test
    void choosing_a_password_by_a_reset_ends_every_session_that_began_before() {
        String person = fixtures.account("nulstil", Role.PARTICIPANT);
        PersonalLink reset = system.call(() -> links.requestReset(person)).orElseThrow();
        Instant before = Instant.now();

        links.choosePassword(reset.token(), "tre små kager i ovnen", "tre små kager i ovnen");

        assertThat(jdbc.queryForObject(
                                "select sessions_valid_from from account where username = ?",
                                java.sql.Timestamp.class,
                                person)
                        .toInstant())
                .isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void a_new_password_ends_the_accounts_other_sessions_but_not_the_one_it_was_typed_in() {
        String username = "ny" + dk.attestkursus.testsupport.Unique.tag();
        CreatedAccount created = fixtures.as(
                "admin",
                () -> accounts.create(new NewAccount(
                        "Test " + username, username, username + "@example.dk", Role.PARTICIPANT, null, null)));
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession thisSession = new MockHttpSession();
        request.setSession(thisSession);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Instant before = Instant.now();
        try {
            fixtures.as(username, () -> {
                links.changeOwnPassword(created.initialPassword(), "tre små kager i ovnen", "tre små kager i ovnen");
                return null;
            });
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        Instant validFrom = jdbc.queryForObject(
                        "select sessions_valid_from from account where username = ?",
                        java.sql.Timestamp.class,
                        username)
                .toInstant();
        assertThat(validFrom).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(thisSession.getAttribute(SessionValidityFilter.BEGAN))
                .as("this session counts as begun with the new password")
                .isInstanceOfSatisfying(
                        Instant.class, began -> assertThat(began).isAfterOrEqualTo(validFrom.minusMillis(1)));
    }
}
