package dk.attestkursus.content;

import java.util.List;
import java.util.Locale;

/**
 * A claim caseworkers hear about certificates, with the audit's answer: the course guide tells
 * instructors to bust myths with the audit data and to praise what caseworkers already do well.
 *
 * @param figure         the key figure or phrase, quoted exactly (it occurs inside {@code quote})
 * @param quote          the source's own words, verbatim (with the source's Markdown emphasis)
 * @param quoteHtml      the quote as sanitised HTML
 * @param explanation    one paragraph for caseworkers, shown after they answer
 * @param instructorNote what to stress and what to avoid, for the two co-instructors only
 * @param lead           who could lead the myth in the session
 */
public record Myth(
        String id,
        String statement,
        Verdict verdict,
        String figure,
        String quote,
        String quoteHtml,
        String explanation,
        String instructorNote,
        Lead lead,
        List<String> sourceIds,
        MythPicture picture) {

    public Myth {
        sourceIds = List.copyOf(sourceIds);
    }

    /** What the audit says of the claim. */
    public enum Verdict {
        /** Busted: the claim is a myth. */
        MYTH,
        /** The claim holds. */
        FACT,
        /** Partly true: the claim needs a nuance. */
        NUANCED;

        static Verdict of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }
}
