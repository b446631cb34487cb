package dk.attestkursus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** An upload that is refused for its size names its own limit (issue 24): the data extract's is 2 MB, not 5. */
class UploadTextsTest {

    @Test
    void the_too_big_message_names_the_uploads_own_limit() throws Exception {
        Properties danish = new Properties();
        try (var in = new InputStreamReader(
                getClass().getResourceAsStream("/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            danish.load(in);
        }
        UploadTexts.Translator t =
                (key, args) -> new MessageFormat(danish.getProperty(key), Locale.of("da")).format(args);

        assertThat(UploadTexts.danish(t, 2 * 1024 * 1024).getError().getFileIsTooBig())
                .isEqualTo("Filen er for stor: højst 2 MB.");
        assertThat(UploadTexts.danish(t, 5 * 1024 * 1024).getError().getFileIsTooBig())
                .isEqualTo("Filen er for stor: højst 5 MB.");
        assertThat(UploadTexts.megabytes(512 * 1024)).isEqualTo("0,5");
    }
}
