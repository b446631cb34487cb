package dk.attestkursus.content;

import java.util.List;

/**
 * One short lesson: Markdown rendered to sanitised HTML at load time.
 *
 * @param moduleKey the folder of its module
 * @param slug      its file name without {@code .md}; unique within the module
 * @param sourceIds ids from {@code sources.yml}, all checked to exist
 */
public record Lesson(String moduleKey, String slug, String title, int minutes, List<String> sourceIds,
        String html) {

    public Lesson {
        sourceIds = List.copyOf(sourceIds);
    }
}
