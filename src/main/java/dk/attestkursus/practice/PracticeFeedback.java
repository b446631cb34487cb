package dk.attestkursus.practice;

import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.content.Source;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a participant sees after answering: their answer and whether it was right, the right answer(s),
 * the experts' reasoning, the audit's figure with the guide's words, and the sources.
 */
public record PracticeFeedback(
        String question,
        String chosen,
        PracticeItem.Judgement judgement,
        List<String> rightAnswers,
        String explanationHtml,
        @Nullable String figure,
        @Nullable String quote,
        List<Source> sources) {

    public PracticeFeedback {
        rightAnswers = List.copyOf(rightAnswers);
        sources = List.copyOf(sources);
    }
}
