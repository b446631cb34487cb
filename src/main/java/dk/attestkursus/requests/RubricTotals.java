package dk.attestkursus.requests;

import java.util.Map;

/**
 * Instructors' rubric scores summed per criterion over a group's reviewed requests: criterion key →
 * the sum of the scores and how many requests were scored. Sums and counts, so groups add up.
 */
public record RubricTotals(Map<String, Sum> perCriterion) {

    public RubricTotals {
        perCriterion = Map.copyOf(perCriterion);
    }

    public Sum of(String criterion) {
        return perCriterion.getOrDefault(criterion, new Sum(0, 0));
    }

    /** A sum of scores and the number of scores in it. */
    public record Sum(long total, int count) {

        public Sum plus(Sum other) {
            return new Sum(total + other.total, count + other.count);
        }
    }
}
