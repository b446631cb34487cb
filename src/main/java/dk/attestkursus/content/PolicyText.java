package dk.attestkursus.content;

import java.time.LocalDate;

/**
 * One of the platform's own texts about itself ({@code content/privacy/*.md}): the privacy notice, the
 * accessibility statement or the record of processing. {@code html} is the body as sanitised HTML, with
 * the operator's name and contact filled in. Its heading is the page's own, from the translations.
 *
 * @param id the file name without {@code .md}
 * @param prepared when the text was first written (an accessibility statement must say so)
 * @param updated when it was last changed, never before {@code prepared}
 */
public record PolicyText(String id, LocalDate prepared, LocalDate updated, String html) {}
