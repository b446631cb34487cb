package dk.attestkursus.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** One refusal base: every exception that refuses a user's input or action extends RefusalException. */
class RefusalsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.attestkursus");

    @Test
    void every_refusal_extends_the_one_base() {
        classes()
                .that()
                .haveSimpleNameEndingWith("RefusedException")
                .or()
                .haveSimpleNameEndingWith("ValidationException")
                .should()
                .beAssignableTo(RefusalException.class)
                .because("a screen tells a refusal from a failure by this one base")
                .check(MAIN);
    }

    @Test
    void a_refusal_listed_by_field_has_its_headline_in_both_languages() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                assertThat(in).as(file).isNotNull();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(texts.getProperty(RefusalException.FIELDS_KEY)).as(file).isNotBlank();
        }
    }
}
