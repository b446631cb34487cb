package dk.attestkursus.learning;

import dk.attestkursus.content.Lesson;

/** Addresses of the course's modules and lessons, for links from other features (views are package-private). */
public final class LearningPaths {

    private LearningPaths() {}

    public static String module(String moduleKey) {
        return "kursus/modul/" + moduleKey;
    }

    public static String lesson(String moduleKey, String lessonSlug) {
        return module(moduleKey) + "/" + lessonSlug;
    }

    public static String lesson(Lesson lesson) {
        return lesson(lesson.moduleKey(), lesson.slug());
    }
}
