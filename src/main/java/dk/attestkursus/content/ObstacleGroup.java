package dk.attestkursus.content;

import java.util.List;
import java.util.Locale;

/**
 * A group of answers to "what got in the way?" at the action-plan check-ins, from
 * {@code surveys/obstacles.yml}: an answer belongs to the first group one of whose words begins a
 * word in it (case ignored). Used to show leaders counts per group, never the answers.
 */
public record ObstacleGroup(String key, String title, List<String> words) {

    public ObstacleGroup {
        words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    public boolean matches(String answer) {
        String text = " " + answer.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return words.stream().anyMatch(w -> text.contains(" " + w));
    }
}
