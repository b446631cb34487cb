package dk.attestkursus.privacy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.SimpleTable;
import dk.attestkursus.privacy.AccessLog;
import dk.attestkursus.privacy.PrivacyPaths;
import dk.attestkursus.privacy.RetentionService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The administrator's personal data page (issue 25): what the next retention run will purge in the
 * municipality and what the last run did ("Sletning efter tid"), and the access log of who opened,
 * exported or erased whose data ("Adgangslog"), filtered by person.
 */
@Route(value = PrivacyPaths.ADMIN, layout = MainLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.PLATFORM_ADMIN})
@Menu(title = "nav.privacyAdmin", order = 3.5, icon = "vaadin:shield")
class PrivacyAdminView extends Div implements HasDynamicTitle {

    static final String PATH = PrivacyPaths.ADMIN;

    private final AccessLog accessLog;
    private final AppI18NProvider i18n;
    private final Div rows = new Div();
    private final ComboBox<AccessLog.Person> person = new ComboBox<>();
    private final Paragraph shown = new Paragraph();

    PrivacyAdminView(RetentionService retention, AccessLog accessLog, AppI18NProvider i18n) {
        this.accessLog = accessLog;
        this.i18n = i18n;
        addClassNames("page", "privacy-admin");
        add(new H1(getTranslation("privacyAdmin.title")));
        Paragraph intro = new Paragraph(getTranslation("privacyAdmin.intro"));
        intro.setId("privacy-intro");
        add(intro);
        add(retentionSection(retention.overview()), accessLogSection());
        refresh();
    }

    private Section retentionSection(RetentionService.Overview overview) {
        Section section = new Section();
        section.setId("privacy-retention");
        H2 title = new H2(getTranslation("privacyAdmin.retention.title"));
        title.setId("privacy-retention-title");
        section.getElement().setAttribute("aria-labelledby", "privacy-retention-title");
        Paragraph period = new Paragraph(getTranslation("privacyAdmin.retention.period", period(overview.period())));
        period.setId("privacy-retention-period");
        Paragraph next = new Paragraph(getTranslation(
                "privacyAdmin.retention.next",
                Formats.dateTime(overview.nextRun(), getLocale(), i18n),
                Formats.date(overview.followUpBefore(), getLocale(), i18n)));
        next.setId("privacy-retention-next");
        section.add(title, period, next);

        SimpleTable willPurge = new SimpleTable(
                getTranslation(
                        overview.municipal()
                                ? "privacyAdmin.retention.willPurge"
                                : "privacyAdmin.retention.willPurgePlatform"),
                List.of(
                        SimpleTable.Column.text(getTranslation("privacyAdmin.retention.feature")),
                        SimpleTable.Column.number(getTranslation("privacyAdmin.retention.items"))));
        willPurge.addClassName("counts-table");
        willPurge.setId("privacy-retention-preview");
        overview.willPurge()
                .forEach(f -> willPurge.addRow(
                        getTranslation("privacy." + f.key() + ".title"), Formats.number(f.items(), getLocale())));
        willPurge.addRow(
                getTranslation("privacyAdmin.retention.accessLog"),
                Formats.number(overview.accessLogEntries(), getLocale()));
        Div scroll = new Div(willPurge);
        scroll.addClassName("table-scroll");
        section.add(scroll);
        if (!overview.municipal()) {
            Paragraph platform = new Paragraph(getTranslation("privacyAdmin.retention.platform"));
            platform.addClassName("secondary-text");
            section.add(platform);
        }
        section.add(lastRun(overview.lastRun()));
        return section;
    }

    private Div lastRun(RetentionService.@Nullable LastRun last) {
        Div box = new Div();
        box.setId("privacy-retention-last");
        if (last == null) {
            box.add(new Paragraph(getTranslation("privacyAdmin.retention.neverRan")));
            return box;
        }
        box.add(new Paragraph(getTranslation(
                last.failed() == 0 ? "privacyAdmin.retention.last" : "privacyAdmin.retention.lastFailed",
                Formats.dateTime(last.at(), getLocale(), i18n),
                last.municipalities(),
                last.failed())));
        SimpleTable purged = new SimpleTable(
                getTranslation("privacyAdmin.retention.lastPurged"),
                List.of(
                        SimpleTable.Column.text(getTranslation("privacyAdmin.retention.feature")),
                        SimpleTable.Column.number(getTranslation("privacyAdmin.retention.items"))));
        purged.addClassName("counts-table");
        purged.setId("privacy-retention-last-table");
        last.purged()
                .forEach(f -> purged.addRow(
                        getTranslation("privacy." + f.key() + ".title"), Formats.number(f.items(), getLocale())));
        purged.addRow(
                getTranslation("privacyAdmin.retention.accessLogDeleted"),
                Formats.number(last.accessLogDeleted(), getLocale()));
        Div scroll = new Div(purged);
        scroll.addClassName("table-scroll");
        box.add(scroll);
        return box;
    }

    private Section accessLogSection() {
        Section section = new Section();
        section.setId("privacy-access-log");
        H2 title = new H2(getTranslation("privacyAdmin.log.title"));
        title.setId("privacy-access-log-title");
        section.getElement().setAttribute("aria-labelledby", "privacy-access-log-title");
        Paragraph intro = new Paragraph(getTranslation("privacyAdmin.log.intro", AccessLog.SHOWN));
        person.setId("privacy-access-log-person");
        person.setLabel(getTranslation("privacyAdmin.log.person"));
        person.setPlaceholder(getTranslation("privacyAdmin.log.everyone"));
        person.setClearButtonVisible(true);
        person.setWidth("min(100%, 24em)");
        person.setItemLabelGenerator(AccessLog.Person::name);
        person.setItems(accessLog.people());
        person.addValueChangeListener(e -> refresh());
        shown.setId("privacy-access-log-shown");
        shown.getElement().setAttribute("role", "status");
        rows.setId("privacy-access-log-rows");
        section.add(title, intro, person, shown, rows);
        return section;
    }

    /**
     * The newest rows as a table: columns on a wide screen, one card per row on a phone, where each cell
     * says which column it is ({@code data-label}, styled in the stylesheet).
     */
    private void refresh() {
        AccessLog.Person chosen = person.getValue();
        List<AccessLog.Entry> entries = accessLog.newest(chosen == null ? null : chosen.id());
        shown.setText(getTranslation("privacyAdmin.log.shown", entries.size()));
        rows.removeAll();
        if (entries.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("privacyAdmin.log.empty"));
            empty.setId("privacy-access-log-empty");
            rows.add(empty);
            return;
        }
        List<String> labels = List.of(
                getTranslation("privacyAdmin.log.when"),
                getTranslation("privacyAdmin.log.kind"),
                getTranslation("privacyAdmin.log.actor"),
                getTranslation("privacyAdmin.log.subject"),
                getTranslation("privacyAdmin.log.reference"));
        SimpleTable table = new SimpleTable(getTranslation("privacyAdmin.log.caption"), labels.toArray(String[]::new));
        table.addClassNames("counts-table", "access-log-table");
        table.setId("privacy-access-log-table");
        for (AccessLog.Entry entry : entries) {
            Element row = table.addRow(
                    Formats.dateTime(entry.at(), getLocale(), i18n),
                    getTranslation("accessLog.kind." + entry.kind().name()),
                    actor(entry),
                    subject(entry),
                    entry.reference());
            for (int i = 0; i < labels.size(); i++) {
                row.getChild(i).setAttribute("data-label", labels.get(i));
            }
        }
        rows.add(table);
    }

    private String actor(AccessLog.Entry entry) {
        if (entry.actor() == null) {
            return getTranslation("privacyAdmin.log.system");
        }
        return entry.actorName() == null ? getTranslation("privacyAdmin.log.unknown") : entry.actorName();
    }

    private String subject(AccessLog.Entry entry) {
        if (entry.subject() == null) {
            return getTranslation("privacyAdmin.log.group");
        }
        return entry.subjectName() == null ? getTranslation("privacyAdmin.log.unknown") : entry.subjectName();
    }

    private String period(Period period) {
        if (period.getDays() == 0) {
            return getTranslation("privacyAdmin.retention.months", period.toTotalMonths());
        }
        if (period.toTotalMonths() == 0) {
            return getTranslation("privacyAdmin.retention.days", period.getDays());
        }
        return getTranslation("privacyAdmin.retention.monthsAndDays", period.toTotalMonths(), period.getDays());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacyAdmin.title");
    }
}
