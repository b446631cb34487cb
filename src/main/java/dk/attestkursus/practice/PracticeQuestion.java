package dk.attestkursus.practice;

import java.time.Instant;
import java.util.List;

/**
 * A practice question waiting for its answer, as the participant sees it: the options in the order
 * shown to them (shuffled per person and question, so a position gives nothing away).
 */
public record PracticeQuestion(long promptId, String itemId, String question, List<Choice> choices, Instant expiresAt) {

    public PracticeQuestion {
        choices = List.copyOf(choices);
    }

    /** One answer to click: its key and its words. */
    public record Choice(String key, String text) {}
}
