package dk.attestkursus.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code myths.yml}: the myths to bust, each with verdict, quoted figure, notes and a picture. */
final class MythLoader {

    static final int MIN_MYTHS = 5;
    static final int MAX_MYTHS = 12;
    static final int NUMBER_MAX = 6;
    static final int CAPTION_MAX = 80;
    static final int PANEL_MAX = 60;
    static final int LABEL_MAX = 60;

    private MythLoader() {}

    static List<Myth> load(Path file, Map<String, Source> sources, UnaryOperator<String> markdown) {
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found: the course needs its myths");
        }
        YamlDoc.Fields doc = YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), "myths.yml")
                .allowOnly(Set.of("myths"));
        List<Node> nodes = doc.list("myths");
        if (nodes.size() < MIN_MYTHS || nodes.size() > MAX_MYTHS) {
            throw new ContentException(
                    file,
                    doc.line("myths"),
                    "the course has " + MIN_MYTHS + " to " + MAX_MYTHS + " myths, this file has " + nodes.size());
        }
        Set<String> ids = new HashSet<>();
        List<Myth> myths = new ArrayList<>();
        for (Node node : nodes) {
            YamlDoc.Fields m = YamlDoc.Fields.of(file, 0, node, "a myth")
                    .allowOnly(Set.of(
                            "id",
                            "statement",
                            "verdict",
                            "figure",
                            "quote",
                            "explanation",
                            "instructor_note",
                            "lead",
                            "sources",
                            "picture"));
            String id = ContentLoader.id(m, "id");
            if (!ids.add(id)) {
                throw new ContentException(file, m.line("id"), "myth id '" + id + "' is used by another myth");
            }
            Myth.Verdict verdict = oneOf(m, "verdict", Myth.Verdict.values(), Myth.Verdict::of);
            Lead lead = oneOf(m, "lead", Lead.values(), Lead::of);
            String figure = m.string("figure");
            String quote = m.string("quote");
            if (!quote.contains(figure)) {
                throw new ContentException(
                        file, m.line("figure"), "the figure '" + figure + "' must occur word for word in the quote");
            }
            List<String> sourceIds = m.stringList("sources");
            sourceIds.forEach(s -> ContentLoader.requireSource(sources, s, file, m.line("sources")));
            myths.add(new Myth(
                    id,
                    m.string("statement"),
                    verdict,
                    figure,
                    quote,
                    markdown.apply(quote),
                    m.string("explanation"),
                    m.string("instructor_note"),
                    lead,
                    sourceIds,
                    picture(file, m)));
        }
        return myths;
    }

    private static MythPicture picture(Path file, YamlDoc.Fields myth) {
        Node node = myth.raw("picture");
        if (node == null) {
            throw new ContentException(file, myth.line(), "missing required field 'picture'");
        }
        YamlDoc.Fields p = YamlDoc.Fields.of(file, 0, node, "a picture");
        String kind = p.string("kind");
        return switch (kind) {
            case "proportion" -> {
                p.allowOnly(Set.of("kind", "value", "part", "rest", "alt"));
                String part = limited(p, "part", LABEL_MAX);
                if (!part.contains(myth.string("figure"))) {
                    throw new ContentException(
                            file,
                            p.line("part"),
                            "the label 'part' must contain the figure '" + myth.string("figure") + "'");
                }
                yield new MythPicture.Proportion(
                        p.integer("value", 1, 99), part, limited(p, "rest", LABEL_MAX), p.string("alt"));
            }
            case "number" -> {
                p.allowOnly(Set.of("kind", "value", "caption", "alt"));
                yield new MythPicture.BigNumber(
                        limited(p, "value", NUMBER_MAX), limited(p, "caption", CAPTION_MAX), p.string("alt"));
            }
            case "before-after" -> {
                p.allowOnly(Set.of("kind", "before", "after", "alt"));
                yield new MythPicture.BeforeAfter(
                        limited(p, "before", PANEL_MAX), limited(p, "after", PANEL_MAX), p.string("alt"));
            }
            default ->
                throw new ContentException(
                        file,
                        p.line("kind"),
                        "unknown picture kind '" + kind + "' (expected one of [before-after, number, proportion])");
        };
    }

    private static String limited(YamlDoc.Fields fields, String key, int max) {
        String text = fields.string(key);
        if (text.length() > max) {
            throw new ContentException(
                    fields.file(),
                    fields.line(key),
                    "field '" + key + "' is " + text.length() + " characters; at most " + max + " fit in the picture");
        }
        return text;
    }

    private static <E extends Enum<E>> E oneOf(
            YamlDoc.Fields fields, String key, E[] values, Function<String, E> parse) {
        String text = fields.string(key);
        List<String> names = Arrays.stream(values)
                .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
        if (!names.contains(text)) {
            throw new ContentException(
                    fields.file(),
                    fields.line(key),
                    "field '" + key + "' must be one of " + names + ", was '" + text + "'");
        }
        return parse.apply(text);
    }
}
