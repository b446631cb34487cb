package dk.attestkursus.session;

import dk.attestkursus.content.Lead;
import dk.attestkursus.content.Slide;
import dk.attestkursus.content.Video;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A block of a run's programme as the facilitator view shows it: the run's title, minutes and
 * lead, with the shared block's notes, interplay prompts, materials, polls, exercises and slides
 * (none for a block added locally).
 */
public record SessionBlock(
        BlockId id,
        int position,
        @Nullable String contentKey,
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
        @Nullable Video video) {

    public SessionBlock {
        materials = List.copyOf(materials);
        polls = List.copyOf(polls);
        exercises = List.copyOf(exercises);
        prompts = List.copyOf(prompts);
        slides = List.copyOf(slides);
    }

    public boolean local() {
        return contentKey == null;
    }
}
