package dk.attestkursus.certificates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.SimpleTable;
import dk.attestkursus.certificates.CertificateCodes;
import dk.attestkursus.certificates.CertificatePaths;
import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.certificates.RunCertificates;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * A run's certificates for its instructors and administrators: who attended and completed the
 * modules, the codes issued, and every certificate as one PDF or a ZIP (issued as they are fetched).
 */
@Route(value = CertificatePaths.RUN, layout = MainLayout.class)
@RolesAllowed({AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class RunCertificatesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CertificateService certificates;
    private final AppI18NProvider i18n;

    RunCertificatesView(CertificateService certificates, AppI18NProvider i18n) {
        this.certificates = certificates;
        this.i18n = i18n;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseRunId runId =
                new CourseRunId(event.getRouteParameters().getLong("runId").orElseThrow(NotFoundException::new));
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
                                    : CertificateCodes.printed(row.code()))
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
