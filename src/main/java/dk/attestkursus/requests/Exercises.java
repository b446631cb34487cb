package dk.attestkursus.requests;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.Writing;
import java.util.Optional;

/** How screens name an exercise and find its case: a fictional case's title, or an own-case exercise's own. */
public final class Exercises {

    private Exercises() {}

    public static String title(Course course, Writing.Exercise exercise) {
        if (exercise.title() != null) {
            return exercise.title();
        }
        return caseOf(course, exercise).map(FormCase::title).orElse(exercise.id());
    }

    public static String title(Course course, String exerciseId) {
        return course.writing().exercise(exerciseId).map(e -> title(course, e)).orElse(exerciseId);
    }

    /** The fictional case the exercise is written for; empty for a participant's own case. */
    public static Optional<FormCase> caseOf(Course course, Writing.Exercise exercise) {
        return exercise.caseId() == null ? Optional.empty() : course.formCase(exercise.caseId());
    }
}
