package dk.attestkursus.requests;

import java.util.List;
import java.util.Locale;

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

    /** The kinds of guidance, each with the rubric criterion ({@code content/rubric.yml} key) it speaks to. */
    public enum Kind {
        PURPOSE_MISSING("purpose"),
        PURPOSE_UNCLEAR("purpose"),
        FORM_MISSING("form"),
        FORM_MISMATCH("form"),
        NO_QUESTIONS("questions"),
        MANY_STATUS_QUESTIONS("questions"),
        DECISION_QUESTION("roles"),
        JARGON("language"),
        PLAIN_LANGUAGE("language"),
        CONSENT_MISSING("information"),
        CONSENT_UNSPECIFIC("information");

        private final String criterion;

        Kind(String criterion) {
            this.criterion = criterion;
        }

        public String key() {
            return "guidance." + name().toLowerCase(Locale.ROOT);
        }

        /** The rubric criterion this guidance is about, so a reviewer sees it beside that criterion. */
        public String criterion() {
            return criterion;
        }
    }

    /** Praise for what is already good, shown apart from the advice. */
    public boolean isPraise() {
        return kind == Kind.PLAIN_LANGUAGE;
    }
}
