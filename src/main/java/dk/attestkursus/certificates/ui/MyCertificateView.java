package dk.attestkursus.certificates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.certificates.Certificate;
import dk.attestkursus.certificates.CertificateCodes;
import dk.attestkursus.certificates.CertificatePaths;
import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.certificates.MyCertificate;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The caseworker's course certificate: the PDF with its code once they attended and completed every
 * module, otherwise a to-do list of what is missing, each with a link.
 */
@Route(value = CertificatePaths.MINE, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
@Menu(title = "nav.certificate", order = 5.7, icon = "vaadin:diploma")
class MyCertificateView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CertificateService certificates;
    private final AppI18NProvider i18n;

    MyCertificateView(CertificateService certificates, AppI18NProvider i18n) {
        this.certificates = certificates;
        this.i18n = i18n;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("certificates.mine.title")));
        MyCertificate mine = certificates.mine();
        if (mine.withdrawn() != null) {
            showWithdrawn(mine.withdrawn());
            return;
        }
        mine.issued().ifPresentOrElse(this::showCertificate, () -> showMissing(mine));
    }

    /** The holder's certificate was withdrawn by an administrator (issue 23): when, and why. */
    private void showWithdrawn(MyCertificate.Withdrawn withdrawn) {
        Paragraph what = new Paragraph(getTranslation(
                "certificates.mine.withdrawn",
                CertificateCodes.printed(withdrawn.code()),
                Formats.date(withdrawn.at(), getLocale(), i18n)));
        what.setId("certificate-withdrawn");
        what.addClassName("lead");
        Paragraph why = new Paragraph(getTranslation("certificates.mine.withdrawnReason", withdrawn.reason()));
        why.setId("certificate-withdrawn-reason");
        Div card = new Div(what, why, new Paragraph(getTranslation("certificates.mine.withdrawnHelp")));
        card.addClassNames("card", "error-box");
        add(card);
    }

    private void showCertificate(Certificate c) {
        Paragraph ready = new Paragraph(getTranslation(
                "certificates.mine.ready", c.runName(), Formats.localDate(c.sessionDate(), getLocale(), i18n)));
        ready.setId("certificate-ready");
        ready.addClassName("lead");
        Span code = new Span(c.printedCode());
        code.setId("certificate-code");
        code.addClassName("password-value");
        Anchor verify = new Anchor(c.verificationAddress(), c.verificationAddress());
        verify.setId("certificate-verify-link");
        Anchor pdf = CertificateDownloads.pdf(
                "certificate-pdf",
                getTranslation("certificates.mine.download"),
                CertificatePdf.fileName(c),
                () -> CertificatePdf.render(List.of(c), i18n, getLocale()));
        pdf.addClassName("primary-link");
        Div card = new Div(
                new H2(getTranslation("certificates.mine.yours")),
                pdf,
                new Paragraph(getTranslation("certificates.mine.code")),
                code,
                new Paragraph(getTranslation("certificates.mine.verifyHelp")),
                verify);
        card.addClassName("card");
        add(ready, card);
    }

    private void showMissing(MyCertificate mine) {
        Paragraph intro = new Paragraph(
                getTranslation(mine.run().isPresent() ? "certificates.mine.notYet" : "certificates.mine.noRun"));
        intro.setId("certificate-missing");
        intro.addClassName("lead");
        add(intro);
        Div list = new Div();
        list.setId("certificate-tasks");
        list.addClassName("card-list");
        list.add(task("attend", mine.attended(), getTranslation("certificates.task.attend.help"), RunPaths.CHECK_IN));
        if (mine.unfinished().isEmpty()) {
            list.add(task("modules", true, getTranslation("certificates.task.modules.done"), StartPages.PARTICIPANT));
        } else {
            Div card = task(
                    "modules",
                    false,
                    getTranslation(
                            "certificates.task.modules.help", mine.unfinished().size()),
                    LearningPaths.module(mine.unfinished().getFirst().key()));
            UnorderedList modules = new UnorderedList();
            modules.setId("certificate-unfinished");
            mine.unfinished()
                    .forEach(m -> modules.add(new ListItem(new Anchor(LearningPaths.module(m.key()), m.title()))));
            card.addComponentAtIndex(3, modules);
            list.add(card);
        }
        add(list);
    }

    private Div task(String key, boolean done, String help, String path) {
        Span badge = new Span(getTranslation(done ? "certificates.done" : "certificates.notDone"));
        badge.addClassNames("status", done ? "badge-ok" : "badge-warning");
        Anchor open = new Anchor(path, getTranslation("certificates.task." + key + ".link"));
        open.addClassName("primary-link");
        Div card = new Div(new H2(getTranslation("certificates.task." + key)), badge, new Paragraph(help));
        if (!done) {
            card.add(open);
        }
        card.addClassNames("card", "prep-card");
        card.setId("certificate-task-" + key);
        card.getElement().setAttribute("data-done", String.valueOf(done));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.mine.title");
    }
}
