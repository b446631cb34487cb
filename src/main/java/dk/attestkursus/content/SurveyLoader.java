package dk.attestkursus.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code surveys/self-assessment.yml}: 6-10 statements on a scale of five labelled steps, each
 * tied to a learning objective (every objective at least once) and a source, and one open question.
 */
final class SurveyLoader {

    static final String FILE = "surveys/self-assessment.yml";
    static final int MIN_STATEMENTS = 6;
    static final int MAX_STATEMENTS = 10;

    private SurveyLoader() {}

    static Survey load(Path root, Map<String, Source> sources, List<Objective> objectives) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found: the self-assessment needs it");
        }
        YamlDoc.Fields doc = YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), FILE)
                .allowOnly(Set.of("id", "title", "intro", "scale", "statements", "open_question", "source"));
        String sourceId = doc.string("source");
        ContentLoader.requireSource(sources, sourceId, file, doc.line("source"));
        List<String> scale = doc.stringList("scale");
        if (scale.size() != 5) {
            throw new ContentException(
                    file, doc.line("scale"), "the scale has 5 steps (labels for 1-5), not " + scale.size());
        }
        List<Node> nodes = doc.list("statements");
        if (nodes.size() < MIN_STATEMENTS || nodes.size() > MAX_STATEMENTS) {
            throw new ContentException(
                    file,
                    doc.line("statements"),
                    "the self-assessment has " + MIN_STATEMENTS + "-" + MAX_STATEMENTS + " statements, not "
                            + nodes.size());
        }
        Set<String> keys = new HashSet<>();
        Set<String> covered = new HashSet<>();
        List<Survey.Statement> statements = new ArrayList<>();
        for (Node node : nodes) {
            YamlDoc.Fields s = YamlDoc.Fields.of(file, 0, node, "a statement")
                    .allowOnly(Set.of("key", "text", "objective", "source"));
            String key = ContentLoader.id(s, "key");
            if (!keys.add(key)) {
                throw new ContentException(file, s.line("key"), "statement key '" + key + "' appears twice");
            }
            String objective = s.string("objective");
            if (objectives.stream().noneMatch(o -> o.key().equals(objective))) {
                throw new ContentException(
                        file, s.line("objective"), "unknown objective '" + objective + "' (not in course.yml)");
            }
            covered.add(objective);
            String source = s.string("source");
            ContentLoader.requireSource(sources, source, file, s.line("source"));
            statements.add(new Survey.Statement(key, s.string("text"), objective, source));
        }
        for (Objective o : objectives) {
            if (!covered.contains(o.key())) {
                throw new ContentException(
                        file, doc.line("statements"), "no statement is tied to objective '" + o.key() + "'");
            }
        }
        return new Survey(
                ContentLoader.id(doc, "id"),
                doc.string("title"),
                doc.string("intro"),
                scale,
                statements,
                doc.string("open_question"),
                sourceId);
    }
}
