package dk.attestkursus.requests;

import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.Writing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The guidance rules, from {@code content/guidance.yml} and {@code content/glossary.yml}: plain
 * Java over the request's fields, so every rule is tested on its own. Advice, never a grade.
 */
public final class RequestGuidance {

    private final Writing.GuidanceRules rules;
    private final List<Writing.GlossaryTerm> glossary;
    private final List<Pattern> termPatterns;

    public RequestGuidance(Writing.GuidanceRules rules, List<Writing.GlossaryTerm> glossary) {
        this.rules = rules;
        this.glossary = List.copyOf(glossary);
        this.termPatterns = glossary.stream().map(t -> termPattern(t.term())).toList();
    }

    /**
     * The advice for a request written for this case (its expert answer decides the form advice); for a
     * participant's own case ({@code formCase} null) only a missing form is pointed out.
     */
    public List<Advice> advise(RequestFields request, @Nullable FormCase formCase) {
        List<Advice> advice = new ArrayList<>();
        purpose(request, advice);
        form(request, formCase, advice);
        questions(request, advice);
        language(request, advice);
        consent(request, advice);
        return advice;
    }

    private void purpose(RequestFields request, List<Advice> advice) {
        String purpose = request.purpose().strip();
        String lesson = rules.purpose().lessonId();
        if (purpose.isEmpty()) {
            advice.add(new Advice(Advice.Kind.PURPOSE_MISSING, RequestField.PURPOSE, -1, List.of(), lesson));
            return;
        }
        String lower = purpose.toLowerCase(Locale.ROOT);
        int words = purpose.split("\\s+").length;
        boolean saysUse = rules.purposeMarkers().stream().anyMatch(lower::contains);
        if (words < rules.purposeMinWords() || !saysUse) {
            advice.add(new Advice(Advice.Kind.PURPOSE_UNCLEAR, RequestField.PURPOSE, -1, List.of(), lesson));
        }
    }

    private void form(RequestFields request, @Nullable FormCase formCase, List<Advice> advice) {
        String lesson = rules.form().lessonId();
        if (request.form().isBlank()) {
            advice.add(new Advice(Advice.Kind.FORM_MISSING, RequestField.FORM, -1, List.of(), lesson));
        } else if (formCase != null
                && !formCase.best().contains(request.form())
                && !formCase.defensible().contains(request.form())) {
            advice.add(new Advice(
                    Advice.Kind.FORM_MISMATCH,
                    RequestField.FORM,
                    -1,
                    List.of(request.form(), String.join(", ", formCase.best())),
                    lesson));
        }
    }

    private void questions(RequestFields request, List<Advice> advice) {
        List<String> asked = request.askedQuestions();
        if (asked.isEmpty()) {
            advice.add(new Advice(
                    Advice.Kind.NO_QUESTIONS,
                    RequestField.QUESTIONS,
                    -1,
                    List.of(),
                    rules.purpose().lessonId()));
            return;
        }
        if (rules.statusForm().equals(request.form()) && asked.size() > rules.statusMaxQuestions()) {
            advice.add(new Advice(
                    Advice.Kind.MANY_STATUS_QUESTIONS,
                    RequestField.QUESTIONS,
                    -1,
                    List.of(
                            String.valueOf(asked.size()),
                            String.valueOf(rules.statusMaxQuestions()),
                            rules.statusForm()),
                    rules.statusQuestions().lessonId()));
        }
        for (int i = 0; i < request.questions().size(); i++) {
            String question = request.questions().get(i).toLowerCase(Locale.ROOT);
            if (question.isBlank()) {
                continue;
            }
            for (Writing.DecisionPhrase phrase : rules.decisionPhrases()) {
                if (question.contains(phrase.phrase())) {
                    advice.add(new Advice(
                            Advice.Kind.DECISION_QUESTION,
                            RequestField.QUESTIONS,
                            i,
                            List.of(String.valueOf(i + 1), phrase.phrase(), phrase.rewrite()),
                            rules.decisions().lessonId()));
                    break;
                }
            }
        }
    }

    private void language(RequestFields request, List<Advice> advice) {
        boolean anyText = false;
        boolean anyTerm = false;
        for (RequestFields.Text text : request.texts()) {
            if (text.field() == RequestField.FORM || text.value().isBlank()) {
                continue;
            }
            anyText = true;
            for (int t = 0; t < glossary.size(); t++) {
                if (termPatterns.get(t).matcher(text.value()).find()) {
                    anyTerm = true;
                    Writing.GlossaryTerm term = glossary.get(t);
                    boolean known = advice.stream()
                            .anyMatch(a -> a.kind() == Advice.Kind.JARGON
                                    && a.params().getFirst().equals(term.term()));
                    if (!known) {
                        advice.add(new Advice(
                                Advice.Kind.JARGON,
                                text.field(),
                                text.question(),
                                List.of(term.term(), term.plain()),
                                rules.jargon().lessonId()));
                    }
                }
            }
        }
        if (anyText && !anyTerm) {
            advice.add(new Advice(
                    Advice.Kind.PLAIN_LANGUAGE,
                    RequestField.PURPOSE,
                    -1,
                    List.of(),
                    rules.jargon().lessonId()));
        }
    }

    private void consent(RequestFields request, List<Advice> advice) {
        String lesson = rules.consent().lessonId();
        if (!Boolean.TRUE.equals(request.consentGiven())) {
            advice.add(new Advice(Advice.Kind.CONSENT_MISSING, RequestField.CONSENT, -1, List.of(), lesson));
        } else if (request.consentFor().isBlank()) {
            advice.add(new Advice(Advice.Kind.CONSENT_UNSPECIFIC, RequestField.CONSENT, -1, List.of(), lesson));
        }
    }

    /** A term matched case-insensitively as a whole word: no letter or digit may touch a word-like edge. */
    static Pattern termPattern(String term) {
        String before = Character.isLetterOrDigit(term.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String after = Character.isLetterOrDigit(term.charAt(term.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
        return Pattern.compile(before + Pattern.quote(term) + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
