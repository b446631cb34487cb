package dk.attestkursus.content;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One practice question: a myth to judge again, a "which form?" case or a question of its own. Every
 * item has an expert explanation and its sources; an item made from a myth carries the audit's figure
 * with the guide's exact words.
 *
 * @param id the item's key in {@code practice.yml}, stored with every answer
 * @param kind where the question comes from
 * @param ref the myth's or case's id for those kinds, else {@code null}
 * @param question the question as the participant reads it (plain text)
 * @param options the answers to choose from, in the file's order (shown shuffled)
 * @param explanationHtml the expert reasoning, sanitised HTML
 * @param figure the audit figure, word for word in {@code quote}, or {@code null}
 * @param quote the source's exact words around the figure, or {@code null}
 * @param sourceIds the sources of the explanation and the figure
 */
public record PracticeItem(
        String id,
        Kind kind,
        @Nullable String ref,
        String question,
        List<Option> options,
        String explanationHtml,
        @Nullable String figure,
        @Nullable String quote,
        List<String> sourceIds) {

    public PracticeItem {
        options = List.copyOf(options);
        sourceIds = List.copyOf(sourceIds);
    }

    /** Where the question comes from. */
    public enum Kind {
        /** A myth of {@code myths.yml}, judged again: myth, fact or more nuanced. */
        MYTH,
        /** A case of {@code cases/}: which form, judged by the case's best and defensible choices. */
        CASE,
        /** A question written in {@code practice.yml}, e.g. a request sentence to improve. */
        CHOICE
    }

    /** How an answer is judged. */
    public enum Judgement {
        RIGHT,
        /** Not the experts' first choice but defensible (a case's second form): counted as right. */
        DEFENSIBLE,
        WRONG;

        public boolean counts() {
            return this != WRONG;
        }
    }

    /**
     * One answer to choose.
     *
     * @param key the answer's stable key, stored with the answer (a verdict, a form number, "a", "b" ...)
     * @param text the answer as shown, or {@code null} for a myth's verdict, whose words are the
     *     translation {@code practice.option.<key>}
     */
    public record Option(String key, @Nullable String text, Judgement judgement) {}

    public Optional<Option> option(String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
