package dk.attestkursus.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code privacy/*.md}: the privacy notice, the accessibility statement and the record of processing
 * (issue 25). Each is Markdown with YAML front matter ({@code id}, {@code prepared}, {@code updated}); its
 * heading is the page's, from the translations; the first problem stops loading with file, line and reason. The operator's name and
 * contact are placeholders, filled in from the installation's settings.
 */
final class PolicyTextLoader {

    static final String PRIVACY_NOTICE = "privatlivspolitik";
    static final String ACCESSIBILITY_STATEMENT = "tilgaengelighedserklaering";
    static final String PROCESSING_RECORD = "fortegnelse";
    static final List<String> REQUIRED = List.of(PRIVACY_NOTICE, ACCESSIBILITY_STATEMENT, PROCESSING_RECORD);

    /** The operator of the platform (the processor) and where to reach them. */
    static final String OPERATOR = "operatoer";

    static final String CONTACT = "kontakt";
    private static final Set<String> PLACEHOLDERS = Set.of(OPERATOR, CONTACT);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private PolicyTextLoader() {}

    /** The three texts by id, with {@code values} (operator, contact) filled in. */
    static Map<String, PolicyText> load(Path root, Map<String, String> values) {
        Path dir = root.resolve("privacy");
        Map<String, PolicyText> texts = new LinkedHashMap<>();
        for (String id : REQUIRED) {
            Path file = dir.resolve(id + ".md");
            if (!Files.isRegularFile(file)) {
                throw new ContentException(file, 0, "file not found: the platform shows the text '" + id + "'");
            }
            texts.put(id, load(file, id, values));
        }
        return texts;
    }

    private static PolicyText load(Path file, String id, Map<String, String> values) {
        String text = YamlDoc.read(file).replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new ContentException(file, 1, "the text must start with YAML front matter between '---' lines");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new ContentException(file, 1, "front matter is not closed with a '---' line");
        }
        String frontMatter = text.substring(4, end + 1);
        int bodyLine = frontMatter.split("\n", -1).length + 2;
        String body = text.substring(end + 5);
        YamlDoc.Fields meta = YamlDoc.Fields.of(file, 1, YamlDoc.parse(file, frontMatter, 1), "front matter")
                .allowOnly(Set.of("id", "prepared", "updated"));
        if (!meta.string("id").equals(id)) {
            throw new ContentException(
                    file, meta.line("id"), "id '" + meta.string("id") + "' must be the file name '" + id + "'");
        }
        LocalDate prepared = date(file, meta, "prepared");
        LocalDate updated = date(file, meta, "updated");
        if (updated.isBefore(prepared)) {
            throw new ContentException(
                    file, meta.line("updated"), "updated " + updated + " is before prepared " + prepared);
        }
        if (body.isBlank()) {
            throw new ContentException(file, bodyLine, "the text is empty");
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("# ")) {
                throw new ContentException(
                        file, bodyLine + i, "headings start at '##': the title is the page's only '#' heading");
            }
            check(file, lines[i], bodyLine + i);
        }
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(filled);
        return new PolicyText(id, prepared, updated, Markdown.html(filled.toString()));
    }

    /** Refuses an unknown placeholder or one left open, with its line. */
    private static void check(Path file, String line, int number) {
        Matcher m = PLACEHOLDER.matcher(line);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new ContentException(
                        file,
                        number,
                        "unknown placeholder {{" + m.group(1) + "}}; known: " + new TreeSet<>(PLACEHOLDERS));
            }
        }
        String rest = m.reset().replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            throw new ContentException(file, number, "a placeholder is not closed: write {{name}}");
        }
    }

    private static LocalDate date(Path file, YamlDoc.Fields meta, String key) {
        String value = meta.string(key);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ContentException(
                    file, meta.line(key), "field '" + key + "' must be a date like 2026-12-07, was '" + value + "'");
        }
    }
}
