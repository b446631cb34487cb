package dk.attestkursus.requests;

import java.util.List;

/**
 * One piece of guidance while writing: advice, never a grade. The UI shows
 * {@code guidance.<kind>} with {@code params}, and {@code guidance.<kind>.why} with a link to the
 * lesson it comes from.
 *
 * @param question the question it is about (0-based), or -1
 */
public record Advice(Kind kind, RequestField field, int question, List<String> params, String lessonId) {

    public Advice {
        params = List.copyOf(params);
    }

    public enum Kind {
        PURPOSE_MISSING, PURPOSE_UNCLEAR, FORM_MISSING, FORM_MISMATCH, NO_QUESTIONS, MANY_STATUS_QUESTIONS,
        DECISION_QUESTION, JARGON, PLAIN_LANGUAGE, CONSENT_MISSING, CONSENT_UNSPECIFIC;

        public String key() {
            return "guidance." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Praise for what is already good, shown apart from the advice. */
    public boolean isPraise() {
        return kind == Kind.PLAIN_LANGUAGE;
    }
}
