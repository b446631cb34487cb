package dk.attestkursus.content;

import java.util.List;
import java.util.Optional;

/** A module of the course: one learning objective, a few lessons in order, and its knowledge check. */
public record Module(
        String key, String title, String objectiveKey, String summary, List<Lesson> lessons, List<Question> quiz) {

    public Module {
        lessons = List.copyOf(lessons);
        quiz = List.copyOf(quiz);
    }

    public Optional<Lesson> lesson(String slug) {
        return lessons.stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    public int minutes() {
        return lessons.stream().mapToInt(Lesson::minutes).sum();
    }
}
