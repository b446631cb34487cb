package dk.attestkursus.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something to do before or after the session.
 *
 * @param dueDays     days relative to the session day: 0 or less before it, 0 or more after it
 * @param description Markdown
 * @param link        the platform task it points to ({@code myths}, {@code self-assessment}, {@code cases},
 *                    {@code requests}, {@code modules}), or null
 */
public record Activity(
        String key,
        String title,
        int dueDays,
        String description,
        @Nullable String link,
        List<String> sources) {

    public Activity {
        sources = List.copyOf(sources);
    }

    /** The description as sanitised HTML. */
    public String descriptionHtml() {
        return Markdown.html(description);
    }
}
