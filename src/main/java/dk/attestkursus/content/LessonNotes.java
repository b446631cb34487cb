package dk.attestkursus.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's sources as numbered notes: the text cites a source with {@code [^source-id]} right
 * after the sentence it supports; the reader sees a superscript number that links to the note
 * at the end of the lesson. Notes are numbered by source, in the order the lesson first cites
 * them (key points first, as they are shown first), so a source cited twice keeps its number.
 *
 * <p>Citations are replaced by placeholder characters before the Markdown is rendered and
 * sanitised, and by the links after, so the sanitiser never sees (or strips) the links.
 */
final class LessonNotes {

    /** One or more citations in a row, e.g. {@code [^kursusvejledning][^attestguide]}. */
    private static final Pattern CITATIONS = Pattern.compile("(\\[\\^[^\\]]*\\])+");

    private static final Pattern CITATION = Pattern.compile("\\[\\^([^\\]]*)\\]");
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "([0-9,]+)" + CLOSE);
    /** The old inline form; sources are notes now. */
    private static final Pattern INLINE_SOURCE = Pattern.compile("\\((Kilde|Kilder):", Pattern.CASE_INSENSITIVE);
    /**
     * What makes a piece of text a fact that must name its source: a percentage, a §, an amount in
     * kr., a year, or any other number once form numbers and module numbers are left out. (Quotation
     * marks are no sign: lessons quote example questions to a GP.)
     */
    private static final Pattern FORM_OR_MODULE_NUMBER = Pattern.compile("LÆ[ -]?\\d{3}F?|[Mm]odul \\d");

    private static final Pattern FACT = Pattern.compile("[%§]|\\bkr\\.|\\d");

    /** The id of the element that names the notes; every citation link is described by it. */
    static final String NOTES_TITLE_ID = "lesson-notes-title";

    private final Path file;
    private final Map<String, Source> sources;
    private final List<String> order = new ArrayList<>();

    LessonNotes(Path file, Map<String, Source> sources) {
        this.file = file;
        this.sources = sources;
    }

    /** The cited source ids in note order: note 1 is the first. */
    List<String> sourceIds() {
        return List.copyOf(order);
    }

    /**
     * Replaces the citations in one line of text by placeholders, numbering new sources.
     *
     * @param line the line in the file, for errors
     */
    String cite(String text, int line) {
        if (INLINE_SOURCE.matcher(text).find()) {
            throw new ContentException(
                    file, line, "write the source as a note [^source-id] after the sentence, not as '(Kilde: ...)'");
        }
        Matcher group = CITATIONS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (group.find()) {
            List<String> numbers = new ArrayList<>();
            Matcher one = CITATION.matcher(group.group());
            while (one.find()) {
                String id = one.group(1).strip();
                if (!sources.containsKey(id)) {
                    throw new ContentException(
                            file, line, "note [^" + id + "] names an unknown source '" + id + "' (not in sources.yml)");
                }
                if (!order.contains(id)) {
                    order.add(id);
                }
                String number = String.valueOf(order.indexOf(id) + 1);
                if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            }
            group.appendReplacement(out, Matcher.quoteReplacement(OPEN + String.join(",", numbers) + CLOSE));
        }
        group.appendTail(out);
        return out.toString();
    }

    /**
     * Checks that a block of text (a paragraph, a list item or a key point) that states a fact
     * carries a note. The block is given as written, citations included.
     */
    void requireNoteOnFact(String block, int line) {
        String withoutCitations = CITATIONS.matcher(block).replaceAll("");
        String facts = FORM_OR_MODULE_NUMBER.matcher(withoutCitations).replaceAll("");
        if (FACT.matcher(facts).find() && !CITATIONS.matcher(block).find()) {
            throw new ContentException(
                    file,
                    line,
                    "this text states a fact (a figure, a §, an amount or a year) but"
                            + " names no source: add a note [^source-id] after the sentence");
        }
    }

    /** Rendered HTML with the placeholders turned into superscript links to the notes. */
    static String links(String html) {
        Matcher m = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder sup = new StringBuilder("<sup class=\"note-ref\">");
            String[] numbers = m.group(1).split(",");
            for (int i = 0; i < numbers.length; i++) {
                if (i > 0) {
                    sup.append(", ");
                }
                sup.append("<a href=\"#note-")
                        .append(numbers[i])
                        .append("\" aria-describedby=\"")
                        .append(NOTES_TITLE_ID)
                        .append("\">")
                        .append(numbers[i])
                        .append("</a>");
            }
            m.appendReplacement(
                    out, Matcher.quoteReplacement(sup.append("</sup>").toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text with the citations taken out, e.g. a key point as plain text. */
    static String plain(String text) {
        return CITATIONS
                .matcher(text)
                .replaceAll("")
                .replaceAll("\\s+([.,;:!?])", "$1")
                .strip();
    }
}
