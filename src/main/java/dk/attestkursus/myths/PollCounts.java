package dk.attestkursus.myths;

import java.util.EnumMap;
import java.util.Map;

/** How many answered myth, fact and don't know. Counts only, never names. */
public record PollCounts(int myth, int fact, int dontKnow) {

    public static final PollCounts NONE = new PollCounts(0, 0, 0);

    public PollCounts {
        if (myth < 0 || fact < 0 || dontKnow < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Counts from grouped rows: answer → number. Answers without a row count 0. */
    public static PollCounts of(Map<MythAnswer, ? extends Number> grouped) {
        Map<MythAnswer, Integer> counts = new EnumMap<>(MythAnswer.class);
        grouped.forEach((answer, n) -> counts.merge(answer, n.intValue(), Integer::sum));
        return new PollCounts(
                counts.getOrDefault(MythAnswer.MYTH, 0),
                counts.getOrDefault(MythAnswer.FACT, 0),
                counts.getOrDefault(MythAnswer.DONT_KNOW, 0));
    }

    public int total() {
        return myth + fact + dontKnow;
    }

    public int count(MythAnswer answer) {
        return switch (answer) {
            case MYTH -> myth;
            case FACT -> fact;
            case DONT_KNOW -> dontKnow;
        };
    }

    /** The answer's share in whole percent, rounded half up; 0 when nobody answered. */
    public int percent(MythAnswer answer) {
        int total = total();
        return total == 0 ? 0 : (int) Math.round(100.0 * count(answer) / total);
    }
}
