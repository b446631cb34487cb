package dk.attestkursus.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the runbook: {@code program.yml} (before, the timed blocks, after), {@code slides/<key>.md}
 * (one file per block with slides), {@code online-guide.md} and {@code handout.yml}. Checks that
 * the blocks add up to the stated session length and that every myth, exercise, slide file and
 * source named exists, and that no slide file is left unused.
 */
final class ProgramLoader {

    static final String PROGRAM = "program.yml";
    static final String SLIDES = "slides";
    static final String ONLINE_GUIDE = "online-guide.md";
    static final String HANDOUT = "handout.yml";
    static final Set<String> LINKS = Set.of("myths", "self-assessment", "cases", "requests", "modules");
    static final String NO_LINK = "none";
    static final int MAX_DUE_DAYS = 365;
    static final int MAX_SLIDE_LINES = 6;

    private final Path root;
    private final Map<String, Source> sources;
    private final Set<String> mythIds;
    private final Set<String> exerciseIds;

    ProgramLoader(Path root, Map<String, Source> sources, Set<String> mythIds, Set<String> exerciseIds) {
        this.root = root;
        this.sources = sources;
        this.mythIds = mythIds;
        this.exerciseIds = exerciseIds;
    }

    Program load() {
        Path file = root.resolve(PROGRAM);
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found: the course needs its runbook");
        }
        YamlDoc.Fields doc = YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), PROGRAM)
                .allowOnly(Set.of("title", "session_minutes", "note", "sources", "before", "blocks", "after"));
        int sessionMinutes = doc.integer("session_minutes", 1, 24 * 60);
        Set<String> keys = new HashSet<>();
        List<Activity> before = activities(doc, "before", keys, true);
        Map<String, String> slideFiles = new HashMap<>();
        List<Block> blocks = new ArrayList<>();
        for (Node node : doc.list("blocks")) {
            blocks.add(block(file, node, keys, slideFiles));
        }
        List<Activity> after = activities(doc, "after", keys, false);
        int total = blocks.stream().mapToInt(Block::minutes).sum();
        if (total != sessionMinutes) {
            throw new ContentException(
                    file,
                    doc.line("session_minutes"),
                    "the blocks add up to " + total + " minutes, but session_minutes says " + sessionMinutes);
        }
        checkNoUnusedSlides(slideFiles.keySet());
        return new Program(
                doc.string("title"),
                sessionMinutes,
                doc.string("note"),
                sourceIds(doc),
                before,
                blocks,
                after,
                onlineGuide(),
                handout());
    }

    private List<Activity> activities(YamlDoc.Fields doc, String key, Set<String> keys, boolean before) {
        List<Activity> activities = new ArrayList<>();
        for (Node node : doc.list(key)) {
            YamlDoc.Fields a = YamlDoc.Fields.of(doc.file(), 0, node, "an activity")
                    .allowOnly(Set.of("key", "title", "due_days", "description", "link", "sources"));
            String activityKey = key(a, keys);
            int dueDays = a.integer("due_days", -MAX_DUE_DAYS, MAX_DUE_DAYS);
            if (before && dueDays > 0) {
                throw new ContentException(
                        doc.file(),
                        a.line("due_days"),
                        "an activity before the session is due on"
                                + " or before the session day (due_days 0 or less), was " + dueDays);
            }
            if (!before && dueDays < 0) {
                throw new ContentException(
                        doc.file(),
                        a.line("due_days"),
                        "an activity after the session is due on"
                                + " or after the session day (due_days 0 or more), was " + dueDays);
            }
            activities.add(new Activity(
                    activityKey, a.string("title"), dueDays, a.string("description"), link(a), sourceIds(a)));
        }
        return activities;
    }

    private static @Nullable String link(YamlDoc.Fields a) {
        String link = a.optString("link").orElse(NO_LINK);
        if (link.equals(NO_LINK)) {
            return null;
        }
        if (!LINKS.contains(link)) {
            throw new ContentException(
                    a.file(),
                    a.line("link"),
                    "field 'link' must be one of " + new TreeSet<>(LINKS) + " or " + NO_LINK + ", was '" + link + "'");
        }
        return link;
    }

    private Block block(Path file, Node node, Set<String> keys, Map<String, String> slideFiles) {
        YamlDoc.Fields b = YamlDoc.Fields.of(file, 0, node, "a block")
                .allowOnly(Set.of(
                        "key",
                        "title",
                        "minutes",
                        "lead",
                        "break",
                        "description",
                        "instructor_note",
                        "materials",
                        "polls",
                        "exercises",
                        "prompts",
                        "slides",
                        "video",
                        "sources"));
        String key = key(b, keys);
        int minutes = b.integer("minutes", 1, 24 * 60);
        Lead lead = lead(b);
        boolean isBreak = b.optBoolean("break").orElse(false);
        List<String> polls = known(b, "polls", mythIds, "myth", "myths.yml");
        List<String> exercises = known(b, "exercises", exerciseIds, "exercise", "exercises.yml");
        List<String> prompts = optList(b, "prompts");
        List<Slide> slides = blockSlides(file, b, key, slideFiles);
        Video video = video(b);
        checkBreakOrPrompts(file, b, key, isBreak, prompts);
        String instructorNote = isBreak ? b.optString("instructor_note").orElse("") : b.string("instructor_note");
        List<String> sourceIds = isBreak && b.raw("sources") == null ? List.of() : sourceIds(b);
        return new Block(
                key,
                b.string("title"),
                minutes,
                lead,
                isBreak,
                b.string("description"),
                instructorNote,
                optList(b, "materials"),
                polls,
                exercises,
                prompts,
                slides,
                video,
                sourceIds);
    }

    /** The block's slides, from a file of their own that no other block uses; none when not named. */
    private List<Slide> blockSlides(Path file, YamlDoc.Fields b, String key, Map<String, String> slideFiles) {
        List<Slide> slides = List.of();
        String slideKey = b.optString("slides").orElse(null);
        if (slideKey != null) {
            String id = ContentLoader.id(b, "slides");
            String other = slideFiles.put(id, key);
            if (other != null) {
                throw new ContentException(
                        file,
                        b.line("slides"),
                        "the slides '" + id + "' are already used by block '" + other
                                + "'; give each block its own file");
            }
            Path slideFile = root.resolve(SLIDES).resolve(id + ".md");
            if (!Files.isRegularFile(slideFile)) {
                throw new ContentException(
                        file, b.line("slides"), "slide file '" + SLIDES + "/" + id + ".md' does not exist");
            }
            slides = slides(slideFile);
        }
        return slides;
    }

    /** A break has no polls, exercises, prompts, slides or video; any other block has prompts. */
    private static void checkBreakOrPrompts(
            Path file, YamlDoc.Fields b, String key, boolean isBreak, List<String> prompts) {
        if (isBreak) {
            for (String field : List.of("polls", "exercises", "prompts", "slides", "video")) {
                if (b.raw(field) != null) {
                    throw new ContentException(file, b.line(field), "a break has no '" + field + "'");
                }
            }
        } else if (prompts.isEmpty()) {
            throw new ContentException(
                    file,
                    b.line(),
                    "block '" + key + "' needs at least one prompt in 'prompts':"
                            + " how the two instructors put each other in play");
        }
    }

    private static Lead lead(YamlDoc.Fields b) {
        String text = b.string("lead");
        List<String> names = Arrays.stream(Lead.values()).map(Lead::spelling).toList();
        if (!names.contains(text)) {
            throw new ContentException(
                    b.file(), b.line("lead"), "field 'lead' must be one of " + names + ", was '" + text + "'");
        }
        return Lead.of(text);
    }

    private static @Nullable Video video(YamlDoc.Fields b) {
        Node node = b.raw("video");
        if (node == null) {
            return null;
        }
        YamlDoc.Fields v = YamlDoc.Fields.of(b.file(), 0, node, "a video").allowOnly(Set.of("title", "note", "url"));
        String url = v.optString("url").map(String::strip).orElse(null);
        if (url != null && !url.matches("https://[^\\s]+\\.[^\\s]+")) {
            throw new ContentException(
                    b.file(), b.line("video"), "the video's 'url' must be an https:// address, was '" + url + "'");
        }
        return new Video(v.string("title"), v.string("note"), url);
    }

    /** An optional list of text: absent or empty is an empty list. */
    private static List<String> optList(YamlDoc.Fields fields, String key) {
        Node node = fields.raw(key);
        if (node == null || node instanceof SequenceNode seq && seq.getValue().isEmpty()) {
            return List.of();
        }
        return fields.stringList(key);
    }

    /** An optional list of ids, each of which must be in {@code known}; an unknown id names its own line. */
    private static List<String> known(YamlDoc.Fields fields, String key, Set<String> known, String what, String where) {
        List<String> ids = optList(fields, key);
        if (ids.isEmpty()) {
            return ids;
        }
        List<Node> items = ((SequenceNode) fields.raw(key)).getValue();
        for (Node item : items) {
            String id = ((ScalarNode) item).getValue().strip();
            if (!known.contains(id)) {
                throw new ContentException(
                        fields.file(),
                        YamlDoc.line(item, 0),
                        "unknown " + what + " '" + id + "' (not in " + where + ")");
            }
        }
        return ids;
    }

    private static String key(YamlDoc.Fields fields, Set<String> keys) {
        String key = ContentLoader.id(fields, "key");
        if (!keys.add(key)) {
            throw new ContentException(
                    fields.file(), fields.line("key"), "key '" + key + "' is used by another block or activity");
        }
        return key;
    }

    private List<String> sourceIds(YamlDoc.Fields fields) {
        List<String> ids = fields.stringList("sources");
        ids.forEach(id -> ContentLoader.requireSource(sources, id, fields.file(), fields.line("sources")));
        return ids;
    }

    /**
     * A slide file: slides separated by a line holding only {@code ---}; each starts with a
     * {@code # } heading and has at most {@value #MAX_SLIDE_LINES} lines of body.
     */
    static List<Slide> slides(Path file) {
        String[] lines = YamlDoc.read(file).replace("\r\n", "\n").split("\n", -1);
        List<Slide> slides = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].strip().equals("---")) {
                slides.add(slide(file, lines, start, i));
                start = i + 1;
            }
        }
        return slides;
    }

    /**
     * The slide on lines {@code [from, to)} (0-based); errors name 1-based lines. An empty slide names the
     * {@code ---} line before it ({@code from} is its 1-based number), or line 1.
     */
    private static Slide slide(Path file, String[] lines, int from, int to) {
        int first = from;
        while (first < to && lines[first].isBlank()) {
            first++;
        }
        if (first == to) {
            throw new ContentException(
                    file,
                    Math.max(from, 1),
                    "empty slide: remove the extra '---'" + " or give the slide a '# ' heading and text");
        }
        String heading = lines[first].strip();
        if (!heading.startsWith("# ") || heading.substring(2).isBlank()) {
            throw new ContentException(file, first + 1, "a slide starts with a '# ' heading (its title)");
        }
        List<String> body = new ArrayList<>();
        int bodyLines = 0;
        for (int i = first + 1; i < to; i++) {
            if (lines[i].startsWith("# ")) {
                throw new ContentException(
                        file, i + 1, "one '# ' heading per slide; separate slides with a '---' line");
            }
            if (!lines[i].isBlank() && ++bodyLines > MAX_SLIDE_LINES) {
                throw new ContentException(
                        file,
                        i + 1,
                        "a slide has at most " + MAX_SLIDE_LINES
                                + " lines below its heading (large type on a projector)");
            }
            body.add(lines[i]);
        }
        return new Slide(heading.substring(2).strip(), String.join("\n", body).strip());
    }

    private void checkNoUnusedSlides(Set<String> used) {
        Path dir = root.resolve(SLIDES);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        } catch (IOException e) {
            throw new ContentException(dir, 0, "cannot be read: " + e.getMessage());
        }
        for (Path slideFile : files) {
            String name = slideFile.getFileName().toString();
            if (!name.endsWith(".md") || !used.contains(name.substring(0, name.length() - 3))) {
                throw new ContentException(
                        slideFile,
                        0,
                        "no block in " + PROGRAM + " uses this file (name it in a" + " block's 'slides' as '"
                                + name.replaceFirst("\\.md$", "") + "', or delete it)");
            }
        }
    }

    private String onlineGuide() {
        Path file = root.resolve(ONLINE_GUIDE);
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found: the runbook needs the online-delivery guide");
        }
        String text = YamlDoc.read(file).replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw new ContentException(file, 1, "the online guide is empty");
        }
        int lastLine = text.split("\n", -1).length;
        List<String> ids = Program.sourcesLine(text);
        if (ids.isEmpty()) {
            throw new ContentException(
                    file,
                    lastLine,
                    "the last line names the sources: '" + Program.SOURCES_LINE + " id, id' with ids from sources.yml");
        }
        ids.forEach(id -> ContentLoader.requireSource(sources, id, file, lastLine));
        if (Program.withoutSourcesLine(text).isBlank()) {
            throw new ContentException(file, 1, "the online guide has no text above its sources");
        }
        return text;
    }

    private Handout handout() {
        Path file = root.resolve(HANDOUT);
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found: the participants' handout");
        }
        YamlDoc.Fields doc = YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), HANDOUT)
                .allowOnly(Set.of("title", "intro", "checklist", "forms_intro"));
        List<HandoutItem> items = new ArrayList<>();
        for (Node node : doc.list("checklist")) {
            YamlDoc.Fields item =
                    YamlDoc.Fields.of(file, 0, node, "a checklist item").allowOnly(Set.of("text", "source"));
            String source = item.string("source");
            ContentLoader.requireSource(sources, source, file, item.line("source"));
            items.add(new HandoutItem(item.string("text"), source));
        }
        return new Handout(doc.string("title"), doc.string("intro"), items, doc.string("forms_intro"));
    }
}
