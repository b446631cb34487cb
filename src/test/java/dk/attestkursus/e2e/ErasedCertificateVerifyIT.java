package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.VerifyPage;
import dk.attestkursus.testsupport.IntegrationTest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public verification page for the code of a certificate deleted with its holder's data (issue 25):
 * "withdrawn or deleted", not valid, and nothing about whom or which course. Checked with axe.
 */
@IntegrationTest
class ErasedCertificateVerifyIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_erased_certificates_code_verifies_as_withdrawn_or_deleted() {
        String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        // What erasure leaves of a certificate: its code only (CertificatesPersonalData.erase).
        jdbc.sql("insert into erased_certificate (municipality_id, code, erased_at) values (1, ?, ?)")
                .param(code.toString())
                .param(Timestamp.from(Instant.now()))
                .update();

        VerifyPage verify = VerifyPage.open(browser, code.substring(0, 5) + "-" + code.substring(5));

        assertThat(verify.isValid()).isFalse();
        assertThat(verify.result())
                .contains(DA.get("certificates.verify.erased"), DA.get("certificates.verify.erasedText"))
                .doesNotContain(DA.get("certificates.verify.invalid"), DA.get("certificates.verify.valid"));
        Axe.assertNoViolations(browser);
    }
}
