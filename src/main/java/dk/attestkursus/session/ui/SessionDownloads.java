package dk.attestkursus.session.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.session.SessionNotesService;
import dk.attestkursus.session.SessionPdfs;
import dk.attestkursus.session.SessionService;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;

/** The session's PDF downloads (runbook, slides, handout) as links, made when clicked. */
final class SessionDownloads {

    private SessionDownloads() {}

    static void addTo(
            HasComponents target,
            SessionService sessions,
            SessionNotesService notes,
            CourseContent content,
            CourseRunId runId,
            CourseRunSummary run,
            AppI18NProvider i18n,
            Locale locale) {
        target.add(link(
                "runbook-pdf",
                i18n.getTranslation("session.runbookPdf", locale),
                "drejebog.pdf",
                () -> SessionPdfs.runbook(
                        content.course(),
                        run,
                        sessions.snapshot(runId),
                        notes.notes(runId),
                        sessions.instructorNames(runId),
                        i18n,
                        locale)));
        target.add(link(
                "slides-pdf",
                i18n.getTranslation("session.slidesPdf", locale),
                "slides.pdf",
                () -> SessionPdfs.slides(sessions.snapshot(runId), run.name(), i18n, locale)));
        target.add(handout(content, i18n, locale));
    }

    static Anchor handout(CourseContent content, AppI18NProvider i18n, Locale locale) {
        return link(
                "handout-pdf",
                i18n.getTranslation("session.handoutPdf", locale),
                "tjekliste.pdf",
                () -> SessionPdfs.handout(content.course(), i18n, locale));
    }

    private static Anchor link(String id, String text, String fileName, Supplier<byte[]> pdf) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = pdf.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
                }),
                text);
        anchor.setId(id);
        anchor.addClassName("secondary-link");
        return anchor;
    }
}
