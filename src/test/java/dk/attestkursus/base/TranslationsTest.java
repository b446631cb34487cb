package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Danish is complete and the default; English has every key Danish has, and no others. */
class TranslationsTest {

    private final AppI18NProvider i18n = new AppI18NProvider();

    @Test
    void english_has_exactly_the_keys_of_danish() {
        Set<String> danish = AppI18NProvider.bundle(Locale.of("da")).keySet();
        Set<String> english = AppI18NProvider.bundle(Locale.ENGLISH).keySet();

        assertThat(english).containsExactlyInAnyOrderElementsOf(danish);
    }

    @Test
    void no_translation_is_blank() {
        for (Locale locale : i18n.getProvidedLocales()) {
            ResourceBundle bundle = AppI18NProvider.bundle(locale);
            assertThat(bundle.keySet())
                    .allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
        }
    }

    @Test
    void danish_is_the_default_and_any_other_language_gets_danish() {
        assertThat(i18n.getProvidedLocales().getFirst()).isEqualTo(Locale.of("da"));
        assertThat(i18n.getTranslation("layout.logout", Locale.GERMAN)).isEqualTo("Log ud");
        assertThat(i18n.getTranslation("layout.logout", Locale.ENGLISH)).isEqualTo("Log out");
    }

    @Test
    void parameters_and_plurals_are_filled_in() {
        assertThat(i18n.getTranslation("run.participants", Locale.of("da"), 1)).isEqualTo("1 deltager");
        assertThat(i18n.getTranslation("run.participants", Locale.of("da"), 12)).isEqualTo("12 deltagere");
        assertThat(i18n.getTranslation("run.participants", Locale.ENGLISH, 0)).isEqualTo("No participants");
    }

    @Test
    void a_missing_key_is_visible_rather_than_silently_empty() {
        assertThat(i18n.getTranslation("no.such.key", Locale.of("da"))).isEqualTo("!no.such.key");
    }

    @Test
    void plurals_are_written_out_never_hedged_with_parentheses_and_hent_is_never_an_upload() {
        for (Locale locale : i18n.getProvidedLocales()) {
            ResourceBundle bundle = AppI18NProvider.bundle(locale);
            assertThat(bundle.keySet())
                    .allSatisfy(key -> assertThat(bundle.getString(key))
                            .as(key)
                            .doesNotContainPattern("\\p{L}\\((e|er|r|s|n)\\)")
                            .doesNotContainPattern("(?i)\\bhent\\b[^.]*\\bind\\b"));
        }
    }
}
