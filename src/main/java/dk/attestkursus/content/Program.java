package dk.attestkursus.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The runbook ("drejebog") for the session: what to do before, the timed blocks of the session
 * and what to do after, plus the online-delivery checklist and the participant handout.
 *
 * @param sessionMinutes the stated length of the session; the loader checks that the blocks add up to it
 * @param note           why the timing is as it is (a proposal) and where its shape comes from
 * @param onlineGuide    the instructors' checklist for online delivery, Markdown, ending with a "Kilder:" line
 */
public record Program(
        String title,
        int sessionMinutes,
        String note,
        List<String> sources,
        List<Activity> before,
        List<Block> blocks,
        List<Activity> after,
        String onlineGuide,
        Handout handout) {

    static final String SOURCES_LINE = "Kilder:";

    public Program {
        sources = List.copyOf(sources);
        before = List.copyOf(before);
        blocks = List.copyOf(blocks);
        after = List.copyOf(after);
    }

    public Optional<Block> block(String key) {
        return blocks.stream().filter(b -> b.key().equals(key)).findFirst();
    }

    /** The sum of the blocks' minutes (equal to {@link #sessionMinutes()} in loaded content). */
    public int totalMinutes() {
        return blocks.stream().mapToInt(Block::minutes).sum();
    }

    /** The blocks' minutes in order, for {@link ProgramTiming#schedule}. */
    public List<Integer> minutes() {
        return blocks.stream().map(Block::minutes).toList();
    }

    /** The online guide's source ids, from its final "Kilder:" line. */
    public List<String> onlineGuideSources() {
        return sourcesLine(onlineGuide);
    }

    /** The online guide without its "Kilder:" line, as sanitised HTML (show the sources as source boxes). */
    public String onlineGuideHtml() {
        return Markdown.html(withoutSourcesLine(onlineGuide));
    }

    static List<String> sourcesLine(String markdown) {
        String last = lastLine(markdown);
        if (!last.startsWith(SOURCES_LINE)) {
            return List.of();
        }
        return Arrays.stream(last.substring(SOURCES_LINE.length()).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String withoutSourcesLine(String markdown) {
        String text = markdown.strip();
        int end = text.lastIndexOf('\n');
        return lastLine(text).startsWith(SOURCES_LINE)
                ? (end < 0 ? "" : text.substring(0, end).strip())
                : text;
    }

    private static String lastLine(String markdown) {
        String text = markdown.strip();
        return text.substring(text.lastIndexOf('\n') + 1).strip();
    }
}
