package dk.attestkursus.content;

import java.util.List;

/**
 * A "which form?" case about a fictional citizen. Choices are form numbers from the catalogue, or
 * {@link #NONE} for "no certificate needed / another source".
 *
 * @param best       the expert answer(s)
 * @param defensible choices that can be defended, though not the best
 */
public record FormCase(
        String id,
        String title,
        String situationHtml,
        String question,
        List<String> best,
        List<String> defensible,
        String reasoningHtml,
        List<String> sourceIds) {

    public static final String NONE = "none";

    public FormCase {
        best = List.copyOf(best);
        defensible = List.copyOf(defensible);
        sourceIds = List.copyOf(sourceIds);
    }
}
