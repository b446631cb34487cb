package dk.attestkursus.learning;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account's progress through the course as the content is now: lessons and questions that
 * are no longer in the content drop out; progress on unchanged ones (same stable id) is kept.
 *
 * @param readLessons ids of lessons read (only those still in the course)
 * @param answers     question id → whether the latest answer was right (only questions still in the course)
 */
public record CourseProgress(List<ModuleProgress> modules, Set<String> readLessons, Map<String, Boolean> answers) {

    public CourseProgress {
        modules = List.copyOf(modules);
        readLessons = Set.copyOf(readLessons);
        answers = Map.copyOf(answers);
    }

    /** Computes progress from what is stored, against the course as it is now. */
    public static CourseProgress of(Course course, Set<String> read, Map<String, Boolean> storedAnswers) {
        Set<String> lessonIds = course.lessons().map(Lesson::id).collect(Collectors.toSet());
        Set<String> questionIds = course.modules().stream()
                .flatMap(m -> m.quiz().stream())
                .map(Question::id)
                .collect(Collectors.toSet());
        Set<String> stillRead = read.stream().filter(lessonIds::contains).collect(Collectors.toSet());
        Map<String, Boolean> stillAnswered = storedAnswers.entrySet().stream()
                .filter(e -> questionIds.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<ModuleProgress> modules = course.modules().stream()
                .map(m -> new ModuleProgress(
                        m.key(),
                        (int) m.lessons().stream()
                                .filter(l -> stillRead.contains(l.id()))
                                .count(),
                        m.lessons().size(),
                        (int) m.quiz().stream()
                                .filter(q -> Boolean.TRUE.equals(stillAnswered.get(q.id())))
                                .count(),
                        m.quiz().size()))
                .toList();
        return new CourseProgress(modules, stillRead, stillAnswered);
    }

    public int percent() {
        int steps = modules.stream().mapToInt(ModuleProgress::steps).sum();
        int done = modules.stream().mapToInt(ModuleProgress::stepsDone).sum();
        return steps == 0 ? 0 : done * 100 / steps;
    }

    /** Whether every module is complete: every lesson read and every question answered right. */
    public boolean complete() {
        return !modules.isEmpty() && modules.stream().allMatch(ModuleProgress::complete);
    }

    /** The keys of the modules not complete yet, in course order. */
    public List<String> unfinished() {
        return modules.stream()
                .filter(m -> !m.complete())
                .map(ModuleProgress::moduleKey)
                .toList();
    }

    public Optional<ModuleProgress> module(String key) {
        return modules.stream().filter(m -> m.moduleKey().equals(key)).findFirst();
    }

    public boolean isRead(Lesson lesson) {
        return readLessons.contains(lesson.id());
    }

    /** Where to resume: the first unread lesson, else the first module whose check is not all right. */
    public Optional<Resume> resume(Course course) {
        for (Module module : course.modules()) {
            for (Lesson lesson : module.lessons()) {
                if (!isRead(lesson)) {
                    return Optional.of(new Resume(module, Optional.of(lesson)));
                }
            }
            if (module.quiz().stream().anyMatch(q -> !Boolean.TRUE.equals(answers.get(q.id())))) {
                return Optional.of(new Resume(module, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** A place to go on from: a lesson, or (lesson empty) the module's knowledge check. */
    public record Resume(Module module, Optional<Lesson> lesson) {}
}
