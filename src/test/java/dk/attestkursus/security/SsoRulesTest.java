package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.kernel.MunicipalityId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of single sign-on without a database (decision 023), and the encryption of its secrets. */
class SsoRulesTest {

    @Test
    void an_email_names_its_domain_in_lower_case_and_a_non_address_names_none() {
        assertThat(SsoRules.domainOf("  Anna.Hansen@Hjoerring.DK ")).contains("hjoerring.dk");
        assertThat(SsoRules.domainOf("a@jobcenter.hjoerring.dk")).contains("jobcenter.hjoerring.dk");
        assertThat(SsoRules.domainOf("anna")).isEmpty();
        assertThat(SsoRules.domainOf("anna@")).isEmpty();
        assertThat(SsoRules.domainOf("@hjoerring.dk")).isEmpty();
        assertThat(SsoRules.domainOf("anna@localhost")).isEmpty();
        assertThat(SsoRules.domainOf(null)).isEmpty();
    }

    @Test
    void domains_are_typed_separated_by_commas_spaces_or_lines_each_once() {
        assertThat(SsoRules.parseDomains(" Hjoerring.dk,\n@jobcenter.hjoerring.dk; hjoerring.dk  "))
                .containsExactly("hjoerring.dk", "jobcenter.hjoerring.dk");
        assertThat(SsoRules.parseDomains(" , \n ")).isEmpty();
    }

    @Test
    void an_issuer_is_https_and_plain_http_only_on_this_machine_when_allowed() {
        assertThat(SsoRules.validIssuer("https://login.microsoftonline.com/abc/v2.0", false))
                .isTrue();
        assertThat(SsoRules.validIssuer("http://localhost:8080", true)).isTrue();
        assertThat(SsoRules.validIssuer("http://localhost:8080", false)).isFalse();
        assertThat(SsoRules.validIssuer("http://10.0.0.1", true)).isFalse();
        assertThat(SsoRules.validIssuer("https://idp.example.dk/?x=1", false)).isFalse();
        assertThat(SsoRules.validIssuer("https://user@idp.example.dk", false)).isFalse();
        assertThat(SsoRules.validIssuer("ftp://idp.example.dk", false)).isFalse();
        assertThat(SsoRules.validIssuer("", false)).isFalse();
    }

    @Test
    void a_registration_id_names_its_municipality_and_nothing_else_does() {
        MunicipalityId seven = new MunicipalityId(7);
        assertThat(SsoRules.municipalityOf(SsoRules.registrationId(seven))).contains(seven);
        assertThat(SsoRules.municipalityOf("kommune-0")).isEmpty();
        assertThat(SsoRules.municipalityOf("kommune-x")).isEmpty();
        assertThat(SsoRules.municipalityOf("google")).isEqualTo(Optional.empty());
    }

    @Test
    void a_secret_is_sealed_with_a_fresh_nonce_each_time_and_opened_with_the_same_key_only() {
        SecretBox box = new SecretBox("a-key-that-is-long-enough-for-the-rule-0123456789");
        String first = box.seal("hemmelig");
        String second = box.seal("hemmelig");

        assertThat(first).isNotEqualTo(second).doesNotContain("hemmelig");
        assertThat(box.open(first)).isEqualTo("hemmelig");
        assertThat(box.open(second)).isEqualTo("hemmelig");
        SecretBox other = new SecretBox("another-key-that-is-long-enough-0123456789abcdef");
        assertThatThrownBy(() -> other.open(first)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_short_key_stops_the_start_and_no_key_stores_nothing() {
        assertThatThrownBy(() -> new SecretBox("kort")).hasMessageContaining("at least 32");
        SecretBox none = new SecretBox("");
        assertThat(none.configured()).isFalse();
        assertThatThrownBy(() -> none.seal("hemmelig")).isInstanceOf(IllegalStateException.class);
    }
}
