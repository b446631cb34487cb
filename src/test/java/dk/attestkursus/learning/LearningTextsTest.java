package dk.attestkursus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The course's texts use real plurals ({@code {0,choice,...}}), never "modul(er)"-style endings,
 * and say "Ikke rigtigt" rather than "Ikke helt" above an explanation.
 */
class LearningTextsTest {

    private static final Locale DA = Locale.of("da");
    private static final List<String> LEARNING_KEYS =
            List.of("quiz.", "lesson.", "module.", "course.home.", "cases.", "forms.", "runLearning.", "preview.");
    private static final Pattern BRACKET_PLURAL = Pattern.compile("\\p{L}\\((er|e|r|s|ne|en)\\)");

    private final AppI18NProvider i18n = new AppI18NProvider();

    @Test
    void no_learning_text_writes_a_plural_as_an_ending_in_brackets() {
        for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "vaadin-i18n.translations",
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.keySet())
                    .filteredOn(key -> LEARNING_KEYS.stream().anyMatch(key::startsWith))
                    .allSatisfy(key -> assertThat(BRACKET_PLURAL
                                    .matcher(bundle.getString(key))
                                    .find())
                            .as("%s: %s", key, bundle.getString(key))
                            .isFalse());
        }
    }

    @Test
    void counts_take_the_singular_for_one_and_the_plural_otherwise() {
        assertThat(i18n.getTranslation("forms.count", DA, 1, 1)).isEqualTo("Viser 1 af 1 attest");
        assertThat(i18n.getTranslation("forms.count", DA, 3, 9)).isEqualTo("Viser 3 af 9 attester");
        assertThat(i18n.getTranslation("forms.count", Locale.ENGLISH, 1, 1)).isEqualTo("Showing 1 of 1 form");
        assertThat(i18n.getTranslation("course.home.moduleMeta", DA, 1, 4)).startsWith("1 lektion ·");
        assertThat(i18n.getTranslation("course.home.moduleMeta", DA, 3, 12)).startsWith("3 lektioner ·");
        assertThat(i18n.getTranslation("module.questions", Locale.ENGLISH, 1)).isEqualTo("1 question");
        assertThat(i18n.getTranslation("module.questions", Locale.ENGLISH, 7)).isEqualTo("7 questions");
        assertThat(i18n.getTranslation("quiz.summary.tryAgain", DA, 1)).isEqualTo("Prøv spørgsmålet igen");
        assertThat(i18n.getTranslation("quiz.summary.tryAgain", DA, 3)).isEqualTo("Prøv de 3 spørgsmål igen");
        assertThat(i18n.getTranslation("quiz.summary.notYet", DA, 7, 1)).endsWith("Der mangler ét spørgsmål.");
        assertThat(i18n.getTranslation("quiz.summary.notYet", Locale.ENGLISH, 7, 2))
                .endsWith("2 questions to go.");
    }

    @Test
    void a_wrong_answer_is_called_not_right_and_the_explanation_does_the_rest() {
        assertThat(i18n.getTranslation("quiz.wrong", DA)).isEqualTo("Ikke rigtigt");
        assertThat(i18n.getTranslation("quiz.right", DA)).isEqualTo("Rigtigt");
    }
}
