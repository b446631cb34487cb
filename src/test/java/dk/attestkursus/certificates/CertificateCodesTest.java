package dk.attestkursus.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodesTest {

    @Test
    void new_codes_have_ten_characters_from_the_alphabet_without_look_alikes() {
        CertificateCodes codes = new CertificateCodes(new Random(7));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(10).doesNotContainAnyWhitespaces();
            assertThat(code.chars()).allMatch(c -> CertificateCodes.ALPHABET.indexOf(c) >= 0);
            assertThat(code).doesNotContain("0", "O", "1", "I", "L");
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
        assertThat(CertificateCodes.ALPHABET).hasSize(31);
    }

    @Test
    void a_code_is_printed_in_two_groups_and_read_back_however_it_is_typed() {
        assertThat(CertificateCodes.printed("K7QX2M9TRA")).isEqualTo("K7QX2-M9TRA");
        assertThat(CertificateCodes.normalise("K7QX2-M9TRA")).contains("K7QX2M9TRA");
        assertThat(CertificateCodes.normalise(" k7qx2 m9tra ")).contains("K7QX2M9TRA");
        assertThat(CertificateCodes.normalise("k7qx2–m9tra")).contains("K7QX2M9TRA");
    }

    @Test
    void typed_text_that_cannot_be_a_code_is_refused_before_any_lookup() {
        assertThat(CertificateCodes.normalise("")).isEmpty();
        assertThat(CertificateCodes.normalise("K7QX2-M9TR")).isEmpty();
        assertThat(CertificateCodes.normalise("K7QX2-M9TRAA")).isEmpty();
        assertThat(CertificateCodes.normalise("K7QX2-M9TR0")).isEmpty();
        assertThat(CertificateCodes.normalise("' or 1=1 --")).isEmpty();
        assertThat(CertificateCodes.normalise("ÆØÅÆØ-ÆØÅÆØ")).isEmpty();
    }
}
