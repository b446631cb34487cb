package dk.attestkursus.certificates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.SimpleTable;
import dk.attestkursus.certificates.CertificateCodes;
import dk.attestkursus.certificates.CertificatePaths;
import dk.attestkursus.certificates.CertificateRefusedException;
import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.certificates.RunCertificates;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * A run's certificates for its instructors and administrators: who attended and completed the
 * modules, the codes issued, and every certificate as one PDF or a ZIP (issued as they are fetched).
 */
@Route(value = CertificatePaths.RUN, layout = MainLayout.class)
@RolesAllowed({AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class RunCertificatesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CertificateService certificates;
    private final AppI18NProvider i18n;
    private final AuthenticationContext auth;

    RunCertificatesView(CertificateService certificates, AppI18NProvider i18n, AuthenticationContext auth) {
        this.certificates = certificates;
        this.i18n = i18n;
        this.auth = auth;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new)));
    }

    private void show(CourseRunId runId) {
        RunCertificates run;
        try {
            run = certificates.forRun(runId);
        } catch (RunRefusedException e) {
            throw new NotFoundException();
        }
        removeAll();
        add(
                new Anchor(RunPaths.run(runId), getTranslation("certificates.run.back")),
                new H1(getTranslation("certificates.run.title")));
        Paragraph intro = new Paragraph(getTranslation(
                "certificates.run.intro", run.runName(), run.ready(), run.rows().size()));
        intro.setId("run-certificates-intro");
        intro.addClassName("lead");
        add(intro);
        if (run.rows().isEmpty()) {
            add(Cards.emptyState(getTranslation("certificates.run.noParticipants")));
            return;
        }
        if (run.ready() == 0) {
            Paragraph none = new Paragraph(getTranslation("certificates.error.none_ready"));
            none.setId("run-certificates-none");
            none.addClassName("info-box");
            add(none);
        } else {
            HorizontalLayout downloads = new HorizontalLayout();
            downloads.addClassName("action-row");
            downloads.setWrap(true);
            Anchor pdf = CertificateDownloads.pdf(
                    "run-certificates-pdf",
                    getTranslation("certificates.run.pdf"),
                    "kursusbeviser-hold-" + runId.value() + ".pdf",
                    () -> CertificatePdf.render(certificates.issueForRun(runId), i18n, getLocale()));
            pdf.addClassName("primary-link");
            Anchor zip = CertificateDownloads.link(
                    "run-certificates-zip",
                    getTranslation("certificates.run.zip"),
                    "kursusbeviser-hold-" + runId.value() + ".zip",
                    "application/zip",
                    () -> CertificatePdf.zip(certificates.issueForRun(runId), i18n, getLocale()));
            zip.addClassName("secondary-link");
            downloads.add(pdf, zip);
            add(downloads, new Paragraph(getTranslation("certificates.run.issueHelp")));
        }
        add(table(run));
        List<RunCertificates.Row> withdrawable = run.rows().stream()
                .filter(r -> r.code() != null && !r.withdrawn())
                .toList();
        if (auth.hasRole(AppRoles.ADMIN) && !withdrawable.isEmpty()) {
            add(withdrawCard(runId, withdrawable));
        }
    }

    /** An administrator withdraws an issued certificate with a reason the holder is shown (issue 23). */
    private Div withdrawCard(CourseRunId runId, List<RunCertificates.Row> withdrawable) {
        ComboBox<RunCertificates.Row> who = new ComboBox<>(getTranslation("certificates.withdraw.who"));
        who.setId("withdraw-who");
        who.setItems(withdrawable);
        who.setItemLabelGenerator(
                r -> r.name() + " (" + CertificateCodes.printed(Objects.requireNonNull(r.code())) + ")");
        who.setWidthFull();
        TextArea reason = new TextArea(getTranslation("certificates.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setHelperText(getTranslation("certificates.withdraw.reasonHelp"));
        reason.setMaxLength(CertificateService.MAX_REASON);
        reason.setWidthFull();
        Button reissue = correction(
                "reissue", who, reason, row -> certificates.reissue(runId, row.id(), reason.getValue()), runId);
        Button withdraw = correction(
                "withdraw", who, reason, row -> certificates.withdraw(runId, row.id(), reason.getValue()), runId);
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div card = Cards.card(
                getTranslation("certificates.withdraw.title"),
                new Paragraph(getTranslation("certificates.withdraw.intro")),
                new Paragraph(getTranslation("certificates.reissue.intro")),
                who,
                reason,
                new HorizontalLayout(reissue, withdraw));
        card.setId("withdraw-card");
        return card;
    }

    /**
     * A button of the correction card ({@code action}: "reissue" or "withdraw"): asks to choose whose
     * certificate, confirms (neither can be undone), does it and shows the page again; a refusal is shown
     * at the reason.
     */
    private Button correction(
            String action,
            ComboBox<RunCertificates.Row> who,
            TextArea reason,
            java.util.function.Consumer<RunCertificates.Row> work,
            CourseRunId runId) {
        String keys = "certificates." + action + ".";
        Button button = new Button(getTranslation(keys + "button"));
        button.setId(action + "-button");
        button.addClickListener(e -> {
            who.setInvalid(false);
            reason.setInvalid(false);
            if (who.getValue() == null) {
                who.setErrorMessage(getTranslation("certificates.withdraw.chooseWho"));
                who.setInvalid(true);
                return;
            }
            RunCertificates.Row row = who.getValue();
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation(keys + "confirmTitle", row.name()),
                    getTranslation(keys + "confirmText"),
                    getTranslation(keys + "button"),
                    ok -> {
                        try {
                            work.accept(row);
                            Notification.show(
                                            getTranslation(keys + "done", row.name()),
                                            5000,
                                            Notification.Position.BOTTOM_START)
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                            show(runId);
                        } catch (CertificateRefusedException ex) {
                            reason.setErrorMessage(getTranslation(ex.messageKey()));
                            reason.setInvalid(true);
                        }
                    },
                    getTranslation("common.cancel"),
                    cancel -> {});
            confirm.setConfirmButtonTheme(action.equals("withdraw") ? "error primary" : "primary");
            confirm.open();
        });
        return button;
    }

    private Div table(RunCertificates run) {
        SimpleTable table = new SimpleTable(
                getTranslation("certificates.run.caption"),
                getTranslation("certificates.run.column.name"),
                getTranslation("certificates.run.column.attended"),
                getTranslation("certificates.run.column.completed"),
                getTranslation("certificates.run.column.code"));
        table.addClassName("counts-table");
        table.setId("run-certificates-table");
        for (RunCertificates.Row row : run.rows()) {
            table.addRow(
                            row.name(),
                            yesNo(row.attended()),
                            yesNo(row.completed()),
                            row.code() == null
                                    ? getTranslation("certificates.run.notIssued")
                                    : row.withdrawnAt() == null
                                            ? CertificateCodes.printed(row.code())
                                            : getTranslation(
                                                    "certificates.run.withdrawn",
                                                    CertificateCodes.printed(row.code()),
                                                    Formats.date(row.withdrawnAt(), getLocale(), i18n)))
                    .setAttribute("data-ready", String.valueOf(row.ready()));
        }
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.add(table);
        return scroll;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "certificates.yes" : "certificates.no");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.run.title");
    }
}
