package dk.attestkursus.requests;

import java.util.Map;

/**
 * A municipality's rubric totals for one own-case request (before or after the course), with per
 * criterion how many people the scores came from, so the group rule can be held per figure.
 */
public record MunicipalRubric(RubricTotals totals, Map<String, Integer> peoplePerCriterion) {

    public MunicipalRubric {
        peoplePerCriterion = Map.copyOf(peoplePerCriterion);
    }

    public int people(String criterion) {
        return peoplePerCriterion.getOrDefault(criterion, 0);
    }
}
