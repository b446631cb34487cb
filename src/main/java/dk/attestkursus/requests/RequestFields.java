package dk.attestkursus.requests;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request as the caseworker writes it: the chosen form (a form number, "none" for another
 * source, or empty), what the certificate will be used for, the background, the questions to the
 * GP, consent (given or not, and for what) and enclosures.
 */
public record RequestFields(
        String form,
        String purpose,
        String background,
        List<String> questions,
        @Nullable Boolean consentGiven,
        String consentFor,
        String enclosures) {

    public static final RequestFields EMPTY = new RequestFields("", "", "", List.of(), null, "", "");

    public RequestFields {
        questions = List.copyOf(questions);
    }

    /** The questions that hold any text. */
    public List<String> askedQuestions() {
        return questions.stream().filter(q -> !q.isBlank()).toList();
    }

    /** Every text of the request, each with the field it sits in (questions with their index). */
    public List<Text> texts() {
        List<Text> texts = new ArrayList<>(List.of(
                new Text(RequestField.FORM, -1, form),
                new Text(RequestField.PURPOSE, -1, purpose),
                new Text(RequestField.BACKGROUND, -1, background)));
        for (int i = 0; i < questions.size(); i++) {
            texts.add(new Text(RequestField.QUESTIONS, i, questions.get(i)));
        }
        texts.add(new Text(RequestField.CONSENT, -1, consentFor));
        texts.add(new Text(RequestField.ENCLOSURES, -1, enclosures));
        return texts;
    }

    /** One text of the request and where it stands. */
    public record Text(RequestField field, int question, String value) {}
}
