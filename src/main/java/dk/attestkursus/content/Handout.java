package dk.attestkursus.content;

import java.util.List;

/**
 * The participant handout: a checklist for a good request; the form overview itself is drawn from
 * the form catalogue, introduced by {@code formsIntro}.
 */
public record Handout(String title, String intro, List<HandoutItem> checklist, String formsIntro) {

    public Handout {
        checklist = List.copyOf(checklist);
    }
}
