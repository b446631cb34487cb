package dk.attestkursus.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One timed block of the session.
 *
 * @param isBreak        the pause: no polls, exercises, prompts, slides or video
 * @param description    what happens, Markdown
 * @param instructorNote for the two co-instructors only, Markdown (empty for a break without one)
 * @param polls          ids of myths run as live polls
 * @param exercises      ids of request-writing exercises
 * @param prompts        how the two co-instructors put each other in play (none for a break)
 * @param slides         the block's slides, in order (may be empty)
 * @param video          a video the organiser shows, or null
 */
public record Block(
        String key,
        String title,
        int minutes,
        Lead lead,
        boolean isBreak,
        String description,
        String instructorNote,
        List<String> materials,
        List<String> polls,
        List<String> exercises,
        List<String> prompts,
        List<Slide> slides,
        @Nullable Video video,
        List<String> sources) {

    public Block {
        materials = List.copyOf(materials);
        polls = List.copyOf(polls);
        exercises = List.copyOf(exercises);
        prompts = List.copyOf(prompts);
        slides = List.copyOf(slides);
        sources = List.copyOf(sources);
    }

    /** The description as sanitised HTML. */
    public String descriptionHtml() {
        return Markdown.html(description);
    }
}
