package dk.attestkursus.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads an objective's picture: an SVG drawing under the content folder, shown inline on the pages,
 * so it must be a drawing and nothing else (no script, no event handlers, no links out, no embedded
 * documents). Its text alternative is required.
 */
final class Illustrations {

    private static final long MAX_BYTES = 64 * 1024;

    private Illustrations() {}

    static Objective.@Nullable Illustration of(Path root, Path courseFile, YamlDoc.Fields fields) {
        String file = fields.optString("illustration").orElse(null);
        if (file == null) {
            if (fields.optString("illustration_alt").isPresent()) {
                throw new ContentException(
                        courseFile, fields.line("illustration_alt"), "'illustration_alt' without an 'illustration'");
            }
            return null;
        }
        int line = fields.line("illustration");
        String alt = fields.optString("illustration_alt")
                .orElseThrow(() -> new ContentException(
                        courseFile,
                        line,
                        "an illustration needs 'illustration_alt': what the picture shows, in words"));
        Path path = root.resolve(file).normalize();
        if (!path.startsWith(root.normalize()) || !file.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            throw new ContentException(
                    courseFile, line, "illustration '" + file + "' must be an .svg file in the content folder");
        }
        if (!Files.isRegularFile(path)) {
            throw new ContentException(courseFile, line, "illustration '" + file + "' does not exist");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new ContentException(courseFile, line, "illustration '" + file + "' is larger than 64 KB");
            }
            return new Objective.Illustration(
                    checked(Files.readString(path, StandardCharsets.UTF_8), courseFile, line, file), alt);
        } catch (IOException e) {
            throw new ContentException(
                    courseFile, line, "illustration '" + file + "' cannot be read: " + e.getMessage());
        }
    }

    /** The drawing's markup if it is a plain SVG drawing; refuses anything that could act or load. */
    static String checked(String svg, Path courseFile, int line, String file) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = doc.children().stream()
                .filter(e -> !e.tagName().startsWith("?"))
                .findFirst()
                .orElse(null);
        if (root == null || !root.tagName().equals("svg")) {
            throw new ContentException(courseFile, line, "illustration '" + file + "' is not an SVG drawing");
        }
        for (Element e : doc.getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals("script")
                    || tag.equals("foreignobject")
                    || tag.equals("iframe")
                    || tag.equals("a")
                    || tag.equals("image")
                    || tag.equals("use")
                            && e.attributes().asList().stream()
                                    .anyMatch(a -> a.getValue().contains("://"))) {
                throw new ContentException(
                        courseFile,
                        line,
                        "illustration '" + file + "' holds <" + e.tagName() + ">: only drawing elements are allowed");
            }
            for (var attribute : e.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")
                        || attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript:")) {
                    throw new ContentException(
                            courseFile,
                            line,
                            "illustration '" + file + "' has the attribute '" + attribute.getKey()
                                    + "': only drawing attributes are allowed");
                }
            }
        }
        root.attr("aria-hidden", "true").attr("focusable", "false").removeAttr("role");
        root.select("title").remove();
        return root.outerHtml();
    }
}
