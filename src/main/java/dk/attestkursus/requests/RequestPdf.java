package dk.attestkursus.requests;

import dk.attestkursus.base.Pdf;
import dk.attestkursus.content.Writing;
import java.util.function.BiFunction;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A request with its feedback as a PDF (Flying Saucer). The page is built as a document tree, so
 * every text a user typed is a text node: markup typed into a field prints as the characters it is.
 * Its language is Danish: the request is written in Danish whatever language the labels are in.
 */
public final class RequestPdf {

    private RequestPdf() {}

    /**
     * Renders the PDF: the request as sent, with its number and date, and the feedback with who gave
     * it and when. The exercise's task is left out: it is the web page's instruction ("i formularen
     * herunder"), not part of the request.
     *
     * @param sent the version's number and when it was sent, as the reader reads it
     * @param returned when the feedback was returned, as the reader reads it (null while none is)
     * @param t the translations: key and parameters to text
     */
    public static byte[] render(
            String title,
            String sent,
            RequestFields fields,
            @Nullable Review review,
            @Nullable String returned,
            Writing.Rubric rubric,
            @Nullable String reviewer,
            BiFunction<String, Object[], String> t) {
        Document doc = Pdf.newDocument(t.apply("pdf.request.title", new Object[] {title}), Pdf.baseCss(false));
        Element body = doc.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").addClass("meta").text(sent);
        body.appendElement("h2").text(t.apply("pdf.request", new Object[0]));
        field(
                body,
                t.apply("requests.anchor.form", new Object[0]),
                fields.form().isEmpty()
                        ? "–"
                        : RequestRules.NO_FORM.equals(fields.form())
                                ? t.apply("cases.none", new Object[0])
                                : fields.form());
        field(body, t.apply("requests.anchor.purpose", new Object[0]), fields.purpose());
        field(body, t.apply("requests.anchor.background", new Object[0]), fields.background());
        body.appendElement("h3").text(t.apply("requests.anchor.questions", new Object[0]));
        Element list = body.appendElement("ol");
        fields.askedQuestions().forEach(q -> list.appendElement("li").text(q));
        field(
                body,
                t.apply("requests.anchor.consent", new Object[0]),
                Boolean.TRUE.equals(fields.consentGiven())
                        ? t.apply("requests.consent.yes", new Object[0]) + ": " + fields.consentFor()
                        : t.apply("requests.consent.no", new Object[0]));
        field(body, t.apply("requests.anchor.enclosures", new Object[0]), fields.enclosures());
        if (review != null) {
            body.appendElement("h2").text(t.apply("feedback.title", new Object[] {review.number()}));
            if (reviewer != null || returned != null) {
                body.appendElement("p").addClass("meta").text(t.apply("pdf.feedbackGiven", new Object[] {
                    reviewer == null ? "–" : reviewer, returned == null ? "–" : returned
                }));
            }
            for (Writing.Criterion criterion : rubric.criteria()) {
                ReviewInput.Criterion given = review.input().criteria().get(criterion.key());
                int score = given == null || given.score() == null ? 0 : given.score();
                body.appendElement("h3")
                        .text(t.apply("feedback.score", new Object[] {criterion.title(), score, rubric.max()}));
                body.appendElement("p").text(criterion.levels().get(score));
                if (given != null && !given.comment().isBlank()) {
                    body.appendElement("p").text(given.comment());
                }
            }
            field(body, t.apply("review.overall", new Object[0]), review.input().overall());
            field(
                    body,
                    t.apply("review.gpReading", new Object[0]),
                    review.input().gpReading());
        }
        return Pdf.render(doc);
    }

    private static void field(Element body, String label, String value) {
        body.appendElement("h3").text(label);
        body.appendElement("p").text(value.isBlank() ? "–" : value);
    }
}
