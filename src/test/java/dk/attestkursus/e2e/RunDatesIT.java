package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.RunsPage;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dates that fit a Danish workplace (issue 23): a new run's suggested day and follow-ups are working days;
 * an instructor who picks a Sunday or a day between Christmas and New Year is warned beside the field (a
 * warning only: the field stays valid); a working day clears the warning.
 */
@IntegrationTest
class RunDatesIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Test
    void a_new_run_suggests_working_days_and_a_day_off_is_warned_of_beside_the_field() {
        LoginPage.open(browser).login("jobcenter", DemoAccounts.PASSWORD);
        RunsPage editor = RunsPage.open(browser).create();
        for (String id : new String[] {"run-date", "run-follow-up-1", "run-follow-up-2"}) {
            LocalDate suggested = LocalDate.parse(editor.fieldValue(id));
            assertThat(DanishCalendar.isWorkday(suggested))
                    .as(id + " " + suggested)
                    .isTrue();
            assertThat(editor.helperText(id)).isEmpty();
        }

        editor.date("run-date", LocalDate.of(2027, 12, 27));
        assertThat(editor.helperText("run-date"))
                .isEqualTo(DA.get("run.field.dayOff", DA.get("dayOff.between_christmas_and_new_year")));
        editor.date("run-follow-up-1", LocalDate.of(2028, 1, 9));
        assertThat(editor.helperText("run-follow-up-1")).isEqualTo(DA.get("run.field.dayOff", DA.get("dayOff.sunday")));
        assertThat(editor.invalid("run-date")).isFalse();
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "run-editor-day-off");

        editor.date("run-date", LocalDate.of(2028, 1, 4));
        assertThat(editor.helperText("run-date")).isEmpty();
    }
}
