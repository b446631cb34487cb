package dk.attestkursus.content;

import java.util.List;

/**
 * One short lesson: Markdown rendered to sanitised HTML at load time.
 *
 * @param id         stable across renames (front matter {@code id}); progress is kept by it
 * @param moduleKey  the folder of its module
 * @param slug       its file name without {@code .md}; unique within the module, used in addresses
 * @param sourceIds  ids from {@code sources.yml}, all checked to exist
 * @param keyPoints  the lesson's key points, one sentence each
 * @param reflection reflection questions, possibly none
 */
public record Lesson(String id, String moduleKey, String slug, String title, int minutes, List<String> sourceIds,
        List<String> keyPoints, List<String> reflection, String html) {

    public Lesson {
        sourceIds = List.copyOf(sourceIds);
        keyPoints = List.copyOf(keyPoints);
        reflection = List.copyOf(reflection);
    }
}
