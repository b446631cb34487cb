package dk.attestkursus.content;

import java.util.Locale;

/**
 * Who leads a block of the session: the municipal practice consultant (a GP), the jobcenter's
 * representative, or both playing off each other, as the course guide suggests.
 */
public enum Lead {
    PRACTICE_CONSULTANT,
    JOBCENTER,
    BOTH;

    /** The translation key of the label, e.g. {@code lead.practice_consultant}. */
    public String labelKey() {
        return "lead." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses the content spelling, e.g. {@code practice-consultant}. */
    static Lead of(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The content spelling, e.g. {@code practice-consultant}. */
    String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
