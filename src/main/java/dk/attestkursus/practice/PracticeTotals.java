package dk.attestkursus.practice;

import java.util.HashMap;
import java.util.Map;

/**
 * A group's answers to the practice questions, per question (item id): how many answered it the first
 * time it was asked and how many of them right, and how many answered it when it came back after a wrong
 * answer, and how many of those right. Counts of people; never who.
 */
public record PracticeTotals(Map<String, ItemCount> perItem) {

    public PracticeTotals {
        perItem = Map.copyOf(perItem);
    }

    /** The first answers and the answers when the question came back, each with how many were right. */
    public record ItemCount(int firstAnswered, int firstRight, int againAnswered, int againRight) {

        public ItemCount plus(ItemCount other) {
            return new ItemCount(
                    firstAnswered + other.firstAnswered,
                    firstRight + other.firstRight,
                    againAnswered + other.againAnswered,
                    againRight + other.againRight);
        }
    }

    static PracticeTotals empty() {
        return new PracticeTotals(new HashMap<>());
    }
}
