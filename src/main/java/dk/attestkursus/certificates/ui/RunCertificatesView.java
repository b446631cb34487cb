package dk.attestkursus.certificates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
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
        Element table = new Element("table");
        table.setAttribute("class", "counts-table");
        table.setAttribute("id", "run-certificates-table");
        Element caption = new Element("caption");
        caption.setText(getTranslation("certificates.run.caption"));
        Element head = new Element("tr");
        for (String key : new String[] {"name", "attended", "completed", "code"}) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(getTranslation("certificates.run.column." + key));
            head.appendChild(th);
        }
        Element body = new Element("tbody");
        for (RunCertificates.Row row : run.rows()) {
            Element tr = new Element("tr");
            tr.setAttribute("data-ready", String.valueOf(row.ready()));
            Element name = new Element("th");
            name.setAttribute("scope", "row");
            name.setText(row.name());
            tr.appendChild(
                    name,
                    cell(yesNo(row.attended())),
                    cell(yesNo(row.completed())),
                    cell(
                            row.code() == null
                                    ? getTranslation("certificates.run.notIssued")
                                    : CertificateCodes.printed(row.code())));
            body.appendChild(tr);
        }
        Element thead = new Element("thead");
        thead.appendChild(head);
        table.appendChild(caption, thead, body);
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().appendChild(table);
        return scroll;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "certificates.yes" : "certificates.no");
    }

    private static Element cell(String text) {
        Element td = new Element("td");
        td.setText(text);
        return td;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.run.title");
    }
}
