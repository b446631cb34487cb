package dk.attestkursus.content;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the request-writing exercises need: the exercises, the instructors' rubric, the glossary
 * of terms to write plainly, and the rules behind the guidance while writing.
 */
public record Writing(List<Exercise> exercises, Rubric rubric, List<GlossaryTerm> glossary, GuidanceRules guidance) {

    public Writing {
        exercises = List.copyOf(exercises);
        glossary = List.copyOf(glossary);
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * A request to write: for a fictional case ({@code caseId}), or from a real case of the participant's
     * own, anonymised ({@code ownCase}: the baseline before the course or the follow-up after it; then
     * {@code title} is the exercise's own and there is no case).
     */
    public record Exercise(
            String id,
            @Nullable String caseId,
            String task,
            String purposeHint,
            @Nullable String title,
            @Nullable OwnCase ownCase) {

        public boolean isOwnCase() {
            return ownCase != null;
        }
    }

    /** When an own-case request is written: before the course (baseline) or at the last follow-up. */
    public enum OwnCase {
        BEFORE,
        AFTER
    }

    /** The own-case exercise written before or after the course, if the content has one. */
    public Optional<Exercise> ownCase(OwnCase when) {
        return exercises.stream().filter(e -> e.ownCase() == when).findFirst();
    }

    /** The rubric: criteria scored on {@code scale} (e.g. 0-2), each level described. */
    public record Rubric(List<Integer> scale, List<Criterion> criteria) {

        public Rubric {
            scale = List.copyOf(scale);
            criteria = List.copyOf(criteria);
        }

        public int max() {
            return scale.getLast();
        }
    }

    public record Criterion(
            String key, String title, String question, List<String> levels, String lessonId, List<String> sourceIds) {

        public Criterion {
            levels = List.copyOf(levels);
            sourceIds = List.copyOf(sourceIds);
        }
    }

    /** A term to avoid in a request to a GP, and how to say it plainly. */
    public record GlossaryTerm(String term, String plain, List<String> sourceIds) {

        public GlossaryTerm {
            sourceIds = List.copyOf(sourceIds);
        }
    }

    /** Where a piece of guidance comes from: the lesson to read and the sources. */
    public record Ref(String lessonId, List<String> sourceIds) {

        public Ref {
            sourceIds = List.copyOf(sourceIds);
        }
    }

    /** A phrase that asks the GP to decide what the municipality decides, with a better way to ask. */
    public record DecisionPhrase(String phrase, String rewrite) {}

    public record GuidanceRules(
            int purposeMinWords,
            List<String> purposeMarkers,
            Ref purpose,
            String statusForm,
            int statusMaxQuestions,
            Ref statusQuestions,
            List<DecisionPhrase> decisionPhrases,
            Ref decisions,
            Ref jargon,
            Ref form,
            Ref consent) {

        public GuidanceRules {
            purposeMarkers = List.copyOf(purposeMarkers);
            decisionPhrases = List.copyOf(decisionPhrases);
        }
    }
}
