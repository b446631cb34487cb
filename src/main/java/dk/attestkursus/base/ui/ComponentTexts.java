package dk.attestkursus.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Arrays;
import java.util.List;

/**
 * The texts Vaadin's components bring themselves (a date picker's month and day names, its "Today" and
 * "Cancel", a password field's "Show password", the drawer's label), from the translations in the UI's
 * language, so a Danish page has no English in it (issue 24). Every such component passes through here
 * when it is made ({@code ComponentTextsTest} finds one that does not); the upload's texts are in
 * {@link UploadTexts}, the login form's in its view.
 */
public final class ComponentTexts {

    /** Monday (the DatePickerI18n counts from Sunday, 0), in Denmark as in ISO 8601. */
    static final int MONDAY = 1;

    private ComponentTexts() {}

    /**
     * The date picker's names, buttons, format and error for a date it cannot read. The format is the
     * language's: Danish 24.3.2026 (as the Danish locale gave it before), English 24/3/2026 (day first, as
     * the English pages write dates; the English locale alone would give 3/24/2026).
     */
    public static <T extends DatePicker> T of(T picker) {
        picker.setI18n(datePicker(picker::getTranslation));
        return picker;
    }

    public static DatePicker.DatePickerI18n datePicker(UploadTexts.Translator t) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(t.get("component.datePicker.months"), 12))
                .setWeekdays(list(t.get("component.datePicker.weekdays"), 7))
                .setWeekdaysShort(list(t.get("component.datePicker.weekdaysShort"), 7))
                .setFirstDayOfWeek(MONDAY)
                .setDateFormat(t.get("component.datePicker.format"))
                .setToday(t.get("component.datePicker.today"))
                .setCancel(t.get("common.cancel"))
                .setBadInputErrorMessage(t.get("component.datePicker.badInput"));
    }

    /** A time picker's error for a time it cannot read (it has no other texts of its own). */
    public static <T extends TimePicker> T of(T picker) {
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation("component.timePicker.badInput")));
        return picker;
    }

    /**
     * The password field's show/hide button; Flow's PasswordFieldI18n has no property for it, so it is
     * given to the web component as the login form's is.
     */
    public static <T extends PasswordField> T of(T field) {
        field.getElement()
                .executeJs(
                        "this.i18n = {...(this.i18n || {}), reveal: $0};",
                        field.getTranslation("component.password.reveal"));
        return field;
    }

    /** The drawer's label (announced when it opens as an overlay on a phone). */
    public static <T extends AppLayout> T of(T layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("component.appLayout.drawer")));
        return layout;
    }

    /** The button that folds an entry's sub-entries (none today; kept so a new one is not in English). */
    public static <T extends SideNav> T of(T nav) {
        nav.setI18n(new SideNav.SideNavI18n().setToggle(nav.getTranslation("component.sideNav.toggle")));
        return nav;
    }

    private static List<String> list(String commaSeparated, int size) {
        List<String> names =
                Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
        if (names.size() != size) {
            throw new IllegalStateException(size + " names expected, found " + names.size() + ": " + commaSeparated);
        }
        return names;
    }
}
