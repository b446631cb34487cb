package dk.attestkursus.content;

import java.util.List;

/**
 * One short lesson: Markdown rendered to sanitised HTML at load time, its sources as numbered notes.
 *
 * @param id           stable across renames (front matter {@code id}); progress is kept by it
 * @param moduleKey    the folder of its module
 * @param slug         its file name without {@code .md}; unique within the module, used in addresses
 * @param sourceIds    the notes: ids from {@code sources.yml} in note order (note 1 first), all checked to exist
 * @param keyPoints    the lesson's key points, one sentence each, as plain text (without note numbers)
 * @param keyPointHtml the same key points as HTML, with their note numbers linking to the notes
 * @param reflection   reflection questions, possibly none
 * @param html         the body; a citation is a {@code <sup class="note-ref">} with links to {@code #note-N},
 *                     which the page showing the lesson provides (see {@link #NOTES_TITLE_ID})
 */
public record Lesson(
        String id,
        String moduleKey,
        String slug,
        String title,
        int minutes,
        List<String> sourceIds,
        List<String> keyPoints,
        List<String> keyPointHtml,
        List<String> reflection,
        String html) {

    /** The id of the element that heads the notes: every note link in the lesson is described by it. */
    public static final String NOTES_TITLE_ID = LessonNotes.NOTES_TITLE_ID;

    public Lesson {
        sourceIds = List.copyOf(sourceIds);
        keyPoints = List.copyOf(keyPoints);
        keyPointHtml = List.copyOf(keyPointHtml);
        reflection = List.copyOf(reflection);
    }
}
