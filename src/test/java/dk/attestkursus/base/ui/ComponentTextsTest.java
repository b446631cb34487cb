package dk.attestkursus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import dk.attestkursus.base.AppI18NProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vaadin's components speak the page's language (issue 24): the date picker's names in Danish with Monday
 * first, and no component that brings English texts of its own is made without its translated texts.
 */
class ComponentTextsTest {

    private final AppI18NProvider i18n = new AppI18NProvider();

    /** Components that are made only as {@code ComponentTexts.of(new X(...))}. */
    private static final List<String> WRAPPED = List.of("DatePicker", "TimePicker", "PasswordField", "SideNav");

    /** What else a file that does the first must also do to give the component our texts. */
    private static final Map<String, String> NEEDS = Map.of(
            "new Upload(", "UploadTexts.danish(",
            "new LoginForm(", "setI18n(",
            "setCancelable(true)", "setCancelText(",
            "setRejectable(true)", "setRejectText(");

    @Test
    void the_date_picker_in_danish_starts_the_week_on_monday() {
        DatePicker.DatePickerI18n danish =
                ComponentTexts.datePicker((key, params) -> i18n.getTranslation(key, Locale.of("da"), params));

        assertThat(danish.getMonthNames())
                .hasSize(12)
                .startsWith("januar", "februar")
                .endsWith("december");
        assertThat(danish.getWeekdays()).hasSize(7).startsWith("søndag", "mandag");
        assertThat(danish.getWeekdaysShort()).containsExactly("søn", "man", "tir", "ons", "tor", "fre", "lør");
        assertThat(danish.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(danish.getToday()).isEqualTo("I dag");
        assertThat(danish.getCancel()).isEqualTo("Annuller");
        assertThat(danish.getDateFormats()).containsExactly("d.M.yyyy");
        assertThat(danish.getBadInputErrorMessage()).contains("24.3.2026");

        DatePicker.DatePickerI18n english =
                ComponentTexts.datePicker((key, params) -> i18n.getTranslation(key, Locale.ENGLISH, params));
        assertThat(english.getMonthNames()).startsWith("January");
        assertThat(english.getWeekdaysShort()).hasSize(7);
        assertThat(english.getDateFormats()).containsExactly("d/M/yyyy");
    }

    @Test
    void every_component_with_texts_of_its_own_gets_ours() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            List<String> missing = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> missing(f).stream())
                    .toList();
            assertThat(missing)
                    .as("files that make a component without its translated texts")
                    .isEmpty();
        }
    }

    private static List<String> missing(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (file.endsWith("ComponentTexts.java") || file.endsWith("UploadTexts.java")) {
            return List.of();
        }
        List<String> found = new java.util.ArrayList<>();
        for (String component : WRAPPED) {
            int made = count(source, "new " + component + "(");
            int wrapped = count(source, "ComponentTexts.of(new " + component + "(");
            if (made != wrapped) {
                found.add(file + ": " + (made - wrapped) + " new " + component + " not in ComponentTexts.of");
            }
        }
        NEEDS.forEach((does, needs) -> {
            if (source.contains(does) && !source.contains(needs)) {
                found.add(file + ": " + does + " without " + needs);
            }
        });
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
