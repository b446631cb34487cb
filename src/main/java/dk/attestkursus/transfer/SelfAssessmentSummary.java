package dk.attestkursus.transfer;

import java.util.List;

/**
 * A run's self-assessment for one phase as instructors see it: how many answered of how many, and per
 * statement how many chose each step 1-5. Never who answered what. Open answers are shown only when
 * at least {@link #MIN_FOR_OPEN_ANSWERS} answered, without names and in alphabetical order.
 */
public record SelfAssessmentSummary(
        Phase phase, int participants, int answered, List<StatementCounts> statements, List<String> openAnswers) {

    public static final int MIN_FOR_OPEN_ANSWERS = 3;

    public SelfAssessmentSummary {
        statements = List.copyOf(statements);
        openAnswers = List.copyOf(openAnswers);
    }

    /** Counts for the steps 1-5 (index 0 is step 1). */
    public record StatementCounts(String key, String text, List<Integer> counts) {

        public StatementCounts {
            counts = List.copyOf(counts);
        }

        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }

        /** The average step, or 0 when nobody answered. */
        public double mean() {
            int total = total();
            if (total == 0) {
                return 0;
            }
            double sum = 0;
            for (int i = 0; i < counts.size(); i++) {
                sum += (i + 1) * counts.get(i);
            }
            return sum / total;
        }
    }
}
