package dk.attestkursus.content;

/**
 * One projector slide.
 *
 * @param title    the slide's {@code # } heading, without the {@code #}
 * @param markdown the body below the heading (may be empty for a title slide)
 */
public record Slide(String title, String markdown) {

    /** The body as sanitised HTML. */
    public String html() {
        return Markdown.html(markdown);
    }
}
