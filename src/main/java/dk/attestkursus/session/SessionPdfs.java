package dk.attestkursus.session;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.Pdf;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.Activity;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.HandoutItem;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.content.Markdown;
import dk.attestkursus.content.Program;
import dk.attestkursus.content.Slide;
import dk.attestkursus.courserun.CourseRunSummary;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The session's PDFs (Flying Saucer, embedded fonts): the run's runbook with times, leads and
 * notes; the slide deck, one 16:9 page per slide; and the participants' handout with the
 * checklist for a good request and the form overview. Course content is sanitised HTML; text the
 * instructors typed (local blocks, notes, actions) is always added as text. All three are Danish
 * documents (the course exists in Danish only); a meeting address and a source's address are links.
 */
public final class SessionPdfs {

    private static final String RUNBOOK_CSS = """
            .block { page-break-inside: avoid; margin-top: 10pt; border-top: 1px solid #c9c9cf; }
            .prompts { background: #eef3fa; padding: 4pt 8pt; }
            td.time { white-space: nowrap; }
            """;
    /**
     * The slide deck as 16:9 pages (297 x 167 mm, a widescreen slide's shape) in projector type:
     * the title large, the body larger than a handout's headings, a figure very large, and the
     * source and the slide's place in the deck small at the foot. A slide grows rather than clips:
     * one that does not fit would spill onto a page of its own (the tests count the pages).
     */
    private static final String SLIDE_CSS = """
            @page { size: 297mm 167mm; margin: 0; }
            body { font-family: 'Liberation Sans', sans-serif; color: #1d1d1f; margin: 0; }
            .band { position: fixed; left: 0; top: 0; width: 6mm; height: 167mm; background: #1b4f8a; }
            .slide { position: relative; min-height: 130mm; padding: 13mm 20mm 23mm 22mm; page-break-after: always; }
            .slide.last { page-break-after: auto; }
            .kicker { font-size: 14pt; color: #4a4a4f; margin: 0 0 3mm; }
            h1 { font-size: 40pt; line-height: 1.15; color: #1b4f8a; margin: 0 0 8mm; }
            .title-only h1 { font-size: 56pt; margin-top: 34mm; }
            .slide-body { font-size: 30pt; line-height: 1.35; }
            .slide-body p { margin: 0 0 6mm; }
            .slide-body ul { margin: 0; padding-left: 10mm; }
            .slide-body li { margin-bottom: 3mm; }
            .slide-figure { font-size: 110pt; line-height: 1.05; font-weight: bold; color: #1b4f8a; margin: 0 0 6mm; }
            .slide-figure-long { font-size: 66pt; }
            .slide-figure-longest { font-size: 56pt; }
            .slide-caption { font-size: 28pt; }
            .foot { position: absolute; left: 22mm; right: 20mm; bottom: 8mm; font-size: 13pt; color: #4a4a4f; }
            .foot .where { position: absolute; right: 0; bottom: 0; }
            """;

    private SessionPdfs() {}

    /** The run's runbook: before, the timed session and after, with the notes and agreed actions so far. */
    public static byte[] runbook(
            Course course,
            CourseRunSummary run,
            SessionSnapshot session,
            SessionNotes notes,
            List<String> instructorNames,
            AppI18NProvider i18n,
            Locale locale) {
        Program program = course.program();
        String title = i18n.getTranslation("pdf.runbook.title", locale, run.name());
        Document doc = Pdf.newDocument(title, Pdf.baseCss(false) + RUNBOOK_CSS);
        Element body = doc.body();
        runbookHeading(body, title, run, instructorNames, program, i18n, locale);
        LocalDate day = run.startsAt().atZone(TimeConfig.ZONE).toLocalDate();
        activities(body, i18n.getTranslation("pdf.runbook.before", locale), program.before(), day, i18n, locale);
        body.appendElement("h2").text(i18n.getTranslation("pdf.runbook.session", locale, session.totalMinutes()));
        scheduleTable(body, run, session, i18n, locale);
        for (SessionBlock b : session.blocks()) {
            block(body, course, b, i18n, locale);
        }
        activities(body, i18n.getTranslation("pdf.runbook.after", locale), program.after(), day, i18n, locale);
        if (!notes.text().isBlank() || !notes.actions().isEmpty()) {
            notes(body, notes, i18n, locale);
        }
        body.appendElement("p")
                .addClass("meta")
                .text(i18n.getTranslation(
                        "pdf.sources",
                        locale,
                        String.join(
                                "; ",
                                course.sources(program.sources()).stream()
                                        .map(s -> s.title())
                                        .toList())));
        return Pdf.render(doc);
    }

    /** The title, when and where, the instructors and the programme's note. */
    private static void runbookHeading(
            Element body,
            String title,
            CourseRunSummary run,
            List<String> instructorNames,
            Program program,
            AppI18NProvider i18n,
            Locale locale) {
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
                        String.join(i18n.getTranslation("common.and", locale), instructorNames)));
        body.appendElement("p").addClass("meta").text(program.note());
    }

    /** The session's blocks with their times, one row each. */
    private static void scheduleTable(
            Element body, CourseRunSummary run, SessionSnapshot session, AppI18NProvider i18n, Locale locale) {
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String key : List.of("pdf.runbook.time", "pdf.runbook.block", "pdf.runbook.minutes", "pdf.runbook.lead")) {
            head.appendElement("th").text(i18n.getTranslation(key, locale));
        }
        Element rows = table.appendElement("tbody");
        ZonedDateTime at = run.startsAt().atZone(TimeConfig.ZONE);
        for (SessionBlock b : session.blocks()) {
            ZonedDateTime end = at.plusMinutes(b.minutes());
            Element tr = rows.appendElement("tr");
            tr.appendElement("td")
                    .addClass("time")
                    .text(Formats.time(at.toInstant(), locale, i18n) + "–"
                            + Formats.time(end.toInstant(), locale, i18n));
            tr.appendElement("td").text(b.title());
            tr.appendElement("td").text(String.valueOf(b.minutes()));
            tr.appendElement("td").text(i18n.getTranslation(b.lead().labelKey(), locale));
            at = end;
        }
    }

    /** One block in full: description, prompts, the instructor's note, materials, polls and video. */
    private static void block(Element body, Course course, SessionBlock b, AppI18NProvider i18n, Locale locale) {
        Element block = body.appendElement("div").addClass("block");
        block.appendElement("h3")
                .text(b.title() + " (" + i18n.getTranslation("pdf.runbook.minutesShort", locale, b.minutes()) + ", "
                        + i18n.getTranslation(b.lead().labelKey(), locale) + ")");
        if (b.local()) {
            block.appendElement("p").text(b.description());
        } else {
            block.appendElement("div").html(Markdown.html(b.description()));
        }
        if (!b.prompts().isEmpty()) {
            Element prompts = block.appendElement("div").addClass("prompts");
            prompts.appendElement("p").appendElement("strong").text(i18n.getTranslation("session.prompts", locale));
            Element ul = prompts.appendElement("ul");
            b.prompts().forEach(p -> ul.appendElement("li").text(p));
        }
        if (!b.instructorNote().isBlank()) {
            block.appendElement("p")
                    .appendElement("strong")
                    .text(i18n.getTranslation("session.instructorNote", locale));
            block.appendElement("div").html(Markdown.html(b.instructorNote()));
        }
        if (!b.materials().isEmpty()) {
            block.appendElement("p")
                    .text(i18n.getTranslation("session.materials", locale) + ": " + String.join(", ", b.materials()));
        }
        List<String> polls = b.polls().stream()
                .flatMap(id -> course.myth(id).stream())
                .map(m -> m.statement())
                .toList();
        if (!polls.isEmpty()) {
            block.appendElement("p")
                    .text(i18n.getTranslation("pdf.runbook.polls", locale) + ": " + String.join(" · ", polls));
        }
        if (b.video() != null) {
            block.appendElement("p")
                    .text(i18n.getTranslation(
                            "session.video",
                            locale,
                            b.video().title(),
                            b.video().note()));
        }
    }

    /** The notes taken and the actions agreed so far. */
    private static void notes(Element body, SessionNotes notes, AppI18NProvider i18n, Locale locale) {
        body.appendElement("h2").text(i18n.getTranslation("session.notes", locale));
        if (notes.noteTaker() != null) {
            body.appendElement("p")
                    .addClass("meta")
                    .text(i18n.getTranslation("session.noteTaker", locale) + ": " + notes.noteTaker());
        }
        body.appendElement("p").text(notes.text());
        if (!notes.actions().isEmpty()) {
            body.appendElement("h3").text(i18n.getTranslation("session.actions", locale));
            Element ul = body.appendElement("ul");
            notes.actions()
                    .forEach(a -> ul.appendElement("li")
                            .text(a.text()
                                    + (a.owner() == null ? "" : " – " + a.owner())
                                    + (a.due() == null ? "" : " – " + Formats.localDate(a.due(), locale, i18n))));
        }
    }

    private static void activities(
            Element body, String heading, List<Activity> list, LocalDate day, AppI18NProvider i18n, Locale locale) {
        body.appendElement("h2").text(heading);
        Element ul = body.appendElement("ul");
        for (Activity a : list) {
            Element li = ul.appendElement("li");
            li.appendElement("strong").text(a.title());
            li.appendText(" (" + Formats.localDate(day.plusDays(a.dueDays()), locale, i18n) + ")");
            li.appendElement("div").html(Markdown.html(a.description()));
        }
    }

    /**
     * The slide deck of the run's programme, one 16:9 page per slide in projector type, the audit's
     * figures as figures ({@link SlideMarkup}); each page names its source and its place in the deck.
     */
    public static byte[] slides(SessionSnapshot session, String runName, AppI18NProvider i18n, Locale locale) {
        String title = i18n.getTranslation("pdf.slides.title", locale, runName);
        Document doc = Pdf.newDocument(title, SLIDE_CSS);
        Element body = doc.body();
        body.appendElement("div").addClass("band"); // fixed: on every page
        int total = session.blocks().stream().mapToInt(b -> b.slides().size()).sum();
        int number = 0;
        for (SessionBlock b : session.blocks()) {
            for (Slide slide : b.slides()) {
                number++;
                Element page = body.appendElement("div").addClass("slide");
                page.appendElement("p").addClass("kicker").text(b.title());
                page.appendElement("h1").text(slide.title());
                Element content = SlideMarkup.body(slide);
                Element foot = new Element("div").addClass("foot");
                content.getElementsByClass("slide-source").forEach(source -> {
                    source.remove();
                    foot.appendElement("span").addClass("source").text(source.text());
                });
                page.appendChild(content);
                foot.appendElement("span")
                        .addClass("where")
                        .text(i18n.getTranslation("pdf.slides.where", locale, number, total));
                page.appendChild(foot);
            }
        }
        if (number == 0) {
            body.appendElement("div")
                    .addClass("slide")
                    .addClass("title-only")
                    .appendElement("h1")
                    .text(title);
        }
        body.children().last().addClass("last");
        return Pdf.render(doc);
    }

    /** The participants' handout: the checklist for a good request and the overview of the forms. */
    public static byte[] handout(Course course, AppI18NProvider i18n, Locale locale) {
        var handout = course.program().handout();
        Document doc = Pdf.newDocument(handout.title(), Pdf.baseCss(false));
        Element body = doc.body();
        body.appendElement("h1").text(handout.title());
        body.appendElement("p").text(handout.intro());
        body.appendElement("h2").text(i18n.getTranslation("pdf.handout.checklist", locale));
        Element ul = body.appendElement("ul");
        for (HandoutItem item : handout.checklist()) {
            Element li = ul.appendElement("li");
            li.appendText(item.text());
            course.source(item.source()).ifPresent(s -> {
                Element source = li.appendElement("span").addClass("meta").appendText(" (");
                Pdf.appendLink(source, s.link().orElse(""), s.title()).appendText(")");
            });
        }
        body.appendElement("h2").text(i18n.getTranslation("pdf.handout.forms", locale));
        body.appendElement("p").text(handout.formsIntro());
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String key : List.of("pdf.handout.form", "pdf.handout.purpose", "pdf.handout.fee")) {
            head.appendElement("th").text(i18n.getTranslation(key, locale));
        }
        Element rows = table.appendElement("tbody");
        for (LaeForm form : course.forms()) {
            Element tr = rows.appendElement("tr");
            tr.appendElement("td").text(form.number() + " – " + form.title());
            tr.appendElement("td").text(form.purpose());
            tr.appendElement("td").text(form.fee());
        }
        return Pdf.render(doc);
    }
}
