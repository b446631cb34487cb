package dk.attestkursus.courserun.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.Pdf;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunDetails;
import dk.attestkursus.courserun.RunParticipant;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The run's attendance list as a PDF: every participant, team, leader, whether they came, and room to sign;
 * an online run's meeting address as a link.
 */
final class AttendancePdf {

    private static final String CSS = "td.sign { width: 30%; } td.came { text-align: center; }";

    private AttendancePdf() {}

    static byte[] render(RunDetails details, List<RunParticipant> participants, AppI18NProvider i18n, Locale locale) {
        CourseRunSummary run = details.summary();
        String title = i18n.getTranslation("pdf.attendance.title", locale, run.name());
        Document doc = Pdf.newDocument(title, Pdf.baseCss(false) + CSS, locale);
        Element body = doc.body();
        body.appendElement("h1").text(title);
        Element when = body.appendElement("p")
                .addClass("meta")
                .appendText(Formats.dateTime(run.startsAt(), locale, i18n) + " – ");
        if (run.online()) {
            Pdf.appendLink(when, run.meetingLink().orElse(""));
        } else {
            when.appendText(run.place().orElse(""));
        }
        body.appendElement("p")
                .addClass("meta")
                .text(i18n.getTranslation(
                        "run.instructors",
                        locale,
                        String.join(
                                i18n.getTranslation("common.and", locale),
                                details.instructors().stream()
                                        .map(a -> a.displayName())
                                        .toList())));
        long came = participants.stream().filter(RunParticipant::attended).count();
        body.appendElement("p").text(i18n.getTranslation("run.count", locale, participants.size(), came));
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String key : List.of(
                "accounts.field.name",
                "run.team",
                "accounts.field.leader",
                "run.attended",
                "pdf.attendance.signature")) {
            head.appendElement("th").text(i18n.getTranslation(key, locale));
        }
        Element rows = table.appendElement("tbody");
        for (RunParticipant p : participants) {
            Element tr = rows.appendElement("tr");
            tr.appendElement("td").text(p.name());
            tr.appendElement("td").text(p.teamName().orElse(""));
            tr.appendElement("td").text(p.leaderName() == null ? "" : p.leaderName());
            tr.appendElement("td").addClass("came").text(p.attended() ? i18n.getTranslation("common.yes", locale) : "");
            tr.appendElement("td").addClass("sign").text("");
        }
        return Pdf.render(doc);
    }
}
