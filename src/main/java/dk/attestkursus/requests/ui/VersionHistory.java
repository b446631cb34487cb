package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.requests.MyRequest;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.requests.RequestPdf;
import dk.attestkursus.requests.Review;
import dk.attestkursus.requests.ReviewService;
import dk.attestkursus.security.AccountService;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A request's submitted versions on the editor page: feedback, the version as a PDF, and what changed. */
final class VersionHistory extends Div {

    private final CourseContent content;
    private final ReviewService reviews;
    private final AccountService accounts;
    private final AppI18NProvider i18n;

    VersionHistory(CourseContent content, ReviewService reviews, AccountService accounts, AppI18NProvider i18n) {
        this.content = content;
        this.reviews = reviews;
        this.accounts = accounts;
        this.i18n = i18n;
        setId("request-history");
    }

    /** Shows the request's submitted versions, newest first, each with its feedback, PDF and changes. */
    void show(MyRequest request, String title, String exerciseId) {
        removeAll();
        if (request.versions().isEmpty()) {
            return;
        }
        add(new H2(getTranslation("requests.versions")));
        Writing.Rubric rubric = content.course().writing().rubric();
        List<MyRequest.VersionSummary> versions = request.versions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            MyRequest.VersionSummary v = versions.get(i);
            Div card = new Div();
            card.addClassNames("card", "version-card");
            card.setId("version-" + v.number());
            card.add(
                    new H3(getTranslation(
                            "requests.version", v.number(), Formats.dateTime(v.submittedAt(), getLocale(), i18n))),
                    new Paragraph(getTranslation(
                            "requests.status." + v.status().name().toLowerCase(Locale.ROOT))));
            reviews.myFeedback(v.id())
                    .ifPresent(review -> card.add(new FeedbackPanel(
                            review,
                            rubric,
                            accounts.displayNames(
                                    review.returnedBy() == null ? List.of() : List.of(review.returnedBy())))));
            card.add(pdfLink(v, title, exerciseId));
            if (i > 0) {
                card.add(compare(versions.get(i - 1).fields(), v.fields(), v.number()));
            }
            add(card);
        }
    }

    /** The version (with its feedback, once returned) as a PDF, made when the link is followed. */
    private Anchor pdfLink(MyRequest.VersionSummary version, String title, String exerciseId) {
        Locale locale = getLocale();
        Course course = content.course();
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    Review review = reviews.myFeedback(version.id()).orElse(null);
                    String reviewer = review == null || review.returnedBy() == null
                            ? null
                            : accounts.displayNames(List.of(review.returnedBy()))
                                    .get(review.returnedBy());
                    String sent = i18n.getTranslation(
                            "pdf.version",
                            locale,
                            version.number(),
                            Formats.dateTime(version.submittedAt(), locale, i18n));
                    String returned = review == null || review.updatedAt() == null
                            ? null
                            : Formats.dateTime(review.updatedAt(), locale, i18n);
                    byte[] pdf = RequestPdf.render(
                            title,
                            sent,
                            version.fields(),
                            review,
                            returned,
                            course.writing().rubric(),
                            reviewer,
                            (key, params) -> i18n.getTranslation(key, locale, params));
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf),
                            "anmodning-" + exerciseId + "-v" + version.number() + ".pdf",
                            "application/pdf",
                            pdf.length);
                }),
                getTranslation("requests.pdf"));
        link.setId("pdf-" + version.number());
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** What changed since the version before: each changed field (questions by number), before and after. */
    private Details compare(RequestFields before, RequestFields after, int number) {
        Div changes = new Div();
        changes.addClassName("version-compare");
        Map<String, String> was = keyed(before);
        Map<String, String> is = keyed(after);
        Set<String> keys = new LinkedHashSet<>(is.keySet());
        keys.addAll(was.keySet());
        for (String key : keys) {
            String old = was.getOrDefault(key, "");
            String now = is.getOrDefault(key, "");
            if (!old.equals(now)) {
                Div row = new Div(
                        new H3(key),
                        new Paragraph(getTranslation("requests.compare.before", old)),
                        new Paragraph(getTranslation("requests.compare.after", now)));
                row.addClassName("compare-row");
                changes.add(row);
            }
        }
        if (changes.getComponentCount() == 0) {
            changes.add(new Paragraph(getTranslation("requests.compare.same")));
        }
        Details details = new Details(getTranslation("requests.compare", number - 1), changes);
        details.setId("compare-" + number);
        return details;
    }

    /** Each part of a request under its label, questions as "Spørgsmål n", consent with yes or no. */
    private Map<String, String> keyed(RequestFields fields) {
        Map<String, String> keyed = new LinkedHashMap<>();
        keyed.put(getTranslation("requests.anchor.form"), fields.form());
        keyed.put(getTranslation("requests.anchor.purpose"), fields.purpose());
        keyed.put(getTranslation("requests.anchor.background"), fields.background());
        for (int i = 0; i < fields.questions().size(); i++) {
            keyed.put(
                    getTranslation("requests.field.question", i + 1),
                    fields.questions().get(i));
        }
        String consent = fields.consentGiven() == null
                ? ""
                : getTranslation(fields.consentGiven() ? "requests.consent.yes" : "requests.consent.no");
        keyed.put(getTranslation("requests.anchor.consent"), (consent + " " + fields.consentFor()).strip());
        keyed.put(getTranslation("requests.anchor.enclosures"), fields.enclosures());
        return keyed;
    }
}
