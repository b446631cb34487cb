package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password rules of issue 22 (NIST SP 800-63B): length, nothing personal, nothing common. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void the_shipped_list_of_common_passwords_has_at_least_ten_thousand_entries() {
        assertThat(policy.listSize()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void a_long_sentence_is_taken_without_any_composition_rule() {
        assertThat(policy.problems("grøn kaffe om morgenen", "anne", "anne@kommune.dk"))
                .isEmpty();
        assertThat(policy.problems("sommerhus ved havet", "anne", "anne@kommune.dk"))
                .isEmpty();
    }

    @Test
    void too_short_and_too_long_are_refused() {
        assertThat(policy.problems("kort", "anne", "anne@kommune.dk")).containsExactly("password.error.tooShort");
        assertThat(policy.problems(null, "anne", "anne@kommune.dk")).containsExactly("password.error.tooShort");
        assertThat(policy.problems("x".repeat(65), "anne", "anne@kommune.dk"))
                .containsExactly("password.error.tooLong");
        // 30 letters of two bytes each are 60 bytes: within bcrypt's 72; 40 are 80: refused
        assertThat(policy.problems("æ".repeat(40), "anne", "anne@kommune.dk"))
                .containsExactly("password.error.tooLong");
    }

    @Test
    void the_user_name_or_the_email_inside_the_password_is_refused() {
        assertThat(policy.problems("annesorensen2026", "annesorensen", "as@kommune.dk"))
                .contains("password.error.personal");
        assertThat(policy.problems("xx-as.jobcenter-xx", "anne", "as.jobcenter@kommune.dk"))
                .contains("password.error.personal");
    }

    @Test
    void a_common_password_also_with_digits_or_signs_after_it_and_one_repeated_character_are_refused() {
        assertThat(policy.problems("password1234", "anne", "anne@kommune.dk")).containsExactly("password.error.common");
        assertThat(policy.problems("PASSWORD1234", "anne", "anne@kommune.dk")).containsExactly("password.error.common");
        assertThat(policy.problems("qwertyuiop!!", "anne", "anne@kommune.dk")).containsExactly("password.error.common");
        assertThat(policy.problems("aaaaaaaaaaaa", "anne", "anne@kommune.dk")).containsExactly("password.error.common");
        assertThat(policy.problems("abababababab", "anne", "anne@kommune.dk")).containsExactly("password.error.common");
    }
}
