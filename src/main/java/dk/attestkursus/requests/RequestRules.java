package dk.attestkursus.requests;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.requests.RequestRefusedException.Kind;
import dk.attestkursus.requests.RequestRefusedException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a request may hold before it is stored: no CPR number anywhere, field lengths, at most
 * {@value #MAX_QUESTIONS} questions, a known form; and what it needs to be submitted.
 */
public final class RequestRules {

    public static final int MAX_QUESTIONS = 10;
    public static final Map<RequestField, Integer> MAX_LENGTH = Map.of(
            RequestField.FORM,
            20,
            RequestField.PURPOSE,
            2000,
            RequestField.BACKGROUND,
            5000,
            RequestField.QUESTIONS,
            1000,
            RequestField.CONSENT,
            1000,
            RequestField.ENCLOSURES,
            2000);
    /** "none": another source than a certificate, as in the "which form?" cases. */
    public static final String NO_FORM = "none";

    private RequestRules() {}

    /** The request made safe to compare and store: the questions' separator character removed, edges trimmed. */
    public static RequestFields clean(RequestFields fields) {
        return new RequestFields(
                fields.form().strip(),
                strip(fields.purpose()),
                strip(fields.background()),
                fields.questions().stream().map(RequestRules::strip).toList(),
                fields.consentGiven(),
                strip(fields.consentFor()),
                strip(fields.enclosures()));
    }

    private static String strip(String text) {
        return text.replace("\u001F", "").strip();
    }

    /** Problems that stop a draft being stored at all. */
    public static List<Problem> forDraft(RequestFields fields, Set<String> formNumbers) {
        List<Problem> problems = new ArrayList<>();
        if (fields.questions().size() > MAX_QUESTIONS) {
            problems.add(new Problem(Kind.TOO_MANY_QUESTIONS, RequestField.QUESTIONS, -1, List.of(MAX_QUESTIONS)));
        }
        for (RequestFields.Text text : fields.texts()) {
            int max = MAX_LENGTH.get(text.field());
            if (text.value().length() > max) {
                problems.add(new Problem(
                        Kind.TOO_LONG,
                        text.field(),
                        text.question(),
                        List.of(max, text.value().length())));
                // The length first (issue 24): a megabyte of text is refused without reading it for CPR numbers.
                continue;
            }
            CprDetector.find(text.value())
                    .ifPresent(match -> problems.add(new Problem(
                            Kind.CPR,
                            text.field(),
                            text.question(),
                            List.of(CprDetector.lineOf(text.value(), match.start())))));
        }
        if (!fields.form().isEmpty()
                && !NO_FORM.equals(fields.form())
                && !formNumbers.contains(fields.form())
                && problems.stream().noneMatch(p -> p.field() == RequestField.FORM)) {
            problems.add(new Problem(Kind.UNKNOWN_FORM, RequestField.FORM, -1, List.of()));
        }
        return problems;
    }

    /**
     * The typed request with every refused part put back as it is stored, so the rest can be saved:
     * text with a CPR number never is, but text typed in the other fields need not wait for it.
     */
    public static RequestFields withoutRefused(RequestFields typed, List<Problem> problems, RequestFields stored) {
        Predicate<RequestField> refused = field -> problems.stream().anyMatch(p -> p.field() == field);
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < typed.questions().size(); i++) {
            int index = i;
            boolean bad = problems.stream()
                    .anyMatch(p -> p.field() == RequestField.QUESTIONS && (p.question() == index || p.question() < 0));
            questions.add(
                    !bad
                            ? typed.questions().get(i)
                            : i < stored.questions().size() ? stored.questions().get(i) : "");
        }
        return new RequestFields(
                refused.test(RequestField.FORM) ? stored.form() : typed.form(),
                refused.test(RequestField.PURPOSE) ? stored.purpose() : typed.purpose(),
                refused.test(RequestField.BACKGROUND) ? stored.background() : typed.background(),
                questions,
                typed.consentGiven(),
                refused.test(RequestField.CONSENT) ? stored.consentFor() : typed.consentFor(),
                refused.test(RequestField.ENCLOSURES) ? stored.enclosures() : typed.enclosures());
    }

    /** Problems that stop a submission: the draft rules, and a form, a purpose and a question. */
    public static List<Problem> forSubmission(RequestFields fields, Set<String> formNumbers) {
        List<Problem> problems = new ArrayList<>(forDraft(fields, formNumbers));
        if (fields.form().isEmpty()) {
            problems.add(new Problem(Kind.REQUIRED, RequestField.FORM, -1, List.of()));
        }
        if (fields.purpose().isBlank()) {
            problems.add(new Problem(Kind.REQUIRED, RequestField.PURPOSE, -1, List.of()));
        }
        if (fields.askedQuestions().isEmpty()) {
            problems.add(new Problem(Kind.REQUIRED, RequestField.QUESTIONS, -1, List.of()));
        }
        return problems;
    }
}
