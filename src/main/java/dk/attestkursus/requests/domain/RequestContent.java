package dk.attestkursus.requests.domain;

import dk.attestkursus.requests.RequestFields;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** The fields of a request as stored, in a draft or a submitted version. */
@Embeddable
public class RequestContent {

    @Column(nullable = false)
    private String form = "";

    @Column(nullable = false)
    private String purpose = "";

    @Column(nullable = false)
    private String background = "";
    /** The questions in one column (see {@link QuestionsConverter}): a String, so dirty checking compares text. */
    @Column(name = "questions", nullable = false)
    private String questions = "";

    @Column(name = "consent_given")
    private @Nullable Boolean consentGiven;

    @Column(name = "consent_for", nullable = false)
    private String consentFor = "";

    @Column(nullable = false)
    private String enclosures = "";

    protected RequestContent() {
        // for JPA
    }

    public static RequestContent of(RequestFields fields) {
        RequestContent content = new RequestContent();
        content.form = fields.form();
        content.purpose = fields.purpose();
        content.background = fields.background();
        content.questions = QuestionsConverter.join(fields.questions());
        content.consentGiven = fields.consentGiven();
        content.consentFor = fields.consentFor();
        content.enclosures = fields.enclosures();
        return content;
    }

    /**
     * The same request without the writer's texts (purpose, background, questions, consent and enclosures):
     * the chosen form and whether consent was given stay, as they say nothing of the writer (issue 25).
     */
    public RequestContent withoutTexts() {
        RequestContent content = new RequestContent();
        content.form = form;
        content.consentGiven = consentGiven;
        return content;
    }

    /** Whether the writer's texts are gone (never written, erased or purged). */
    public boolean hasNoTexts() {
        return purpose.isEmpty()
                && background.isEmpty()
                && questions.isEmpty()
                && consentFor.isEmpty()
                && enclosures.isEmpty();
    }

    public RequestFields fields() {
        return new RequestFields(
                form, purpose, background, QuestionsConverter.split(questions), consentGiven, consentFor, enclosures);
    }
}
