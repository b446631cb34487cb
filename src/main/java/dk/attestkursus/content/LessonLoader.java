package dk.attestkursus.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a module's lessons: {@code NN-slug.md} files with YAML front matter and a Markdown body
 * whose sources are numbered notes ({@link LessonNotes}). Every fact names its source: a
 * paragraph, list item or key point with a figure, a §, an amount or a year must
 * carry a note, and a lesson cites at least one source.
 */
final class LessonLoader {

    private static final Pattern LESSON_FILE = Pattern.compile("\\d{2}-[a-z0-9-]+\\.md");
    private static final Pattern BLOCK_START = Pattern.compile("\\s*([-*+]|\\d+\\.)\\s.*|#.*");

    private final Map<String, Source> sources;
    private final UnaryOperator<String> render;

    /** @param render Markdown to sanitised HTML */
    LessonLoader(Map<String, Source> sources, UnaryOperator<String> render) {
        this.sources = sources;
        this.render = render;
    }

    List<Lesson> load(String moduleKey, Path dir, Set<String> lessonIds) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ContentException(dir, 0, "cannot be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ContentException(dir, 0, "module has no lessons (*.md files)");
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!LESSON_FILE.matcher(name).matches()) {
                throw new ContentException(file, 0, "lesson file names must look like '01-some-name.md'");
            }
            Lesson lesson = loadLesson(moduleKey, name.substring(0, name.length() - 3), file);
            if (!lessonIds.add(lesson.id())) {
                throw new ContentException(file, 2, "lesson id '" + lesson.id() + "' is used by another lesson");
            }
            lessons.add(lesson);
        }
        return lessons;
    }

    private Lesson loadLesson(String moduleKey, String slug, Path file) {
        String text = YamlDoc.read(file).replace("\r\n", "\n");
        int end = frontMatterEnd(file, text);
        String frontMatter = text.substring(4, end + 1);
        String body = end + 5 <= text.length() ? text.substring(end + 5) : "";
        YamlDoc.Fields meta = YamlDoc.Fields.of(file, 1, YamlDoc.parse(file, frontMatter, 1), "front matter");
        if (meta.raw("sources") != null) {
            throw new ContentException(
                    file,
                    meta.line("sources"),
                    "a lesson has no 'sources' field: cite each"
                            + " source as a note [^source-id] after the sentence it supports");
        }
        meta.allowOnly(Set.of("id", "title", "minutes", "key_points", "reflection"));
        String lessonId = ContentLoader.id(meta, "id");
        String title = meta.string("title");
        int minutes = meta.integer("minutes", 1, 60);
        int bodyLine = frontMatter.split("\n", -1).length + 2;
        if (body.isBlank()) {
            throw new ContentException(file, bodyLine, "the lesson has no text");
        }
        LessonNotes notes = new LessonNotes(file, sources);
        List<String> keyPoints = new ArrayList<>();
        List<String> keyPointHtml = new ArrayList<>();
        List<Node> keyPointNodes = meta.list("key_points");
        if (keyPointNodes.size() > 4) {
            throw new ContentException(file, meta.line("key_points"), "a lesson has 1 to 4 key points");
        }
        List<String> points = meta.stringList("key_points");
        for (int i = 0; i < points.size(); i++) {
            String point = points.get(i);
            int line = YamlDoc.line(keyPointNodes.get(i), 1);
            notes.requireNoteOnFact(point, line);
            keyPoints.add(LessonNotes.plain(point));
            keyPointHtml.add(LessonNotes.links(escape(notes.cite(point, line))));
        }
        String html = LessonNotes.links(render.apply(citeBody(notes, body, bodyLine)));
        if (notes.sourceIds().isEmpty()) {
            throw new ContentException(
                    file,
                    bodyLine,
                    "the lesson names no source: cite each source as a note"
                            + " [^source-id] after the sentence it supports");
        }
        List<String> reflection = meta.raw("reflection") == null ? List.of() : meta.stringList("reflection");
        return new Lesson(
                lessonId,
                moduleKey,
                slug,
                title,
                minutes,
                notes.sourceIds(),
                keyPoints,
                keyPointHtml,
                reflection,
                html);
    }

    /** Where the front matter between the '---' lines ends (the index of the newline before the closing line). */
    private static int frontMatterEnd(Path file, String text) {
        if (!text.startsWith("---\n")) {
            throw new ContentException(file, 1, "a lesson must start with YAML front matter between '---' lines");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            throw new ContentException(file, 1, "front matter is not closed with a '---' line");
        }
        return end;
    }

    /** The body with its citations numbered, checking block by block that facts carry a note. */
    private static String citeBody(LessonNotes notes, String body, int firstLine) {
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder();
        StringBuilder block = new StringBuilder();
        int blockLine = firstLine;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = firstLine + i;
            if (line.isBlank() || BLOCK_START.matcher(line).matches()) {
                checkBlock(notes, block, blockLine);
                block.setLength(0);
            }
            // A heading is not a fact of its own; a paragraph or list item is checked as a whole.
            if (!line.isBlank() && !line.startsWith("#")) {
                if (block.isEmpty()) {
                    blockLine = number;
                }
                block.append(line).append('\n');
            }
            out.append(notes.cite(line, number)).append('\n');
        }
        checkBlock(notes, block, blockLine);
        return out.toString();
    }

    private static void checkBlock(LessonNotes notes, StringBuilder block, int line) {
        if (!block.isEmpty()) {
            notes.requireNoteOnFact(block.toString(), line);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
