package dk.attestkursus.learning;

import dk.attestkursus.base.Routes;
import dk.attestkursus.content.Lesson;

/**
 * The addresses of the learning pages: each constant is the route its view names, and links fill
 * it (decision 019). Views are package-private; other features link with these.
 */
public final class LearningPaths {

    public static final String MODULE = "kursus/modul/:module";
    public static final String LESSON = "kursus/modul/:module/:lesson";
    public static final String QUIZ = "kursus/modul/:module/videnstjek";
    public static final String CASES = "kursus/cases";
    public static final String CASE = "kursus/cases/:case";
    /** The form guide, "Attestguiden". */
    public static final String FORM_GUIDE = "attestguide";

    public static final String FORM = "attestguide/:form";
    /** The instructors' view of their runs' learning. */
    public static final String RUN_LEARNING = "underviser/laering";

    private LearningPaths() {}

    public static String module(String moduleKey) {
        return Routes.fill(MODULE, moduleKey);
    }

    public static String lesson(String moduleKey, String lessonSlug) {
        return Routes.fill(LESSON, moduleKey, lessonSlug);
    }

    public static String lesson(Lesson lesson) {
        return lesson(lesson.moduleKey(), lesson.slug());
    }

    public static String quiz(String moduleKey) {
        return Routes.fill(QUIZ, moduleKey);
    }

    public static String formCase(String caseId) {
        return Routes.fill(CASE, caseId);
    }

    public static String form(String formSlug) {
        return Routes.fill(FORM, formSlug);
    }
}
