package dk.attestkursus.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code surveys/obstacles.yml}: the groups leaders see the check-ins' obstacles counted in. */
final class ObstacleLoader {

    static final String FILE = "surveys/obstacles.yml";

    private ObstacleLoader() {}

    static List<ObstacleGroup> load(Path root, Map<String, Source> sources) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found: the leaders' results group obstacles by it");
        }
        YamlDoc.Fields doc = YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), FILE)
                .allowOnly(Set.of("source", "groups"));
        ContentLoader.requireSource(sources, doc.string("source"), file, doc.line("source"));
        List<Node> nodes = doc.list("groups");
        if (nodes.isEmpty()) {
            throw new ContentException(file, doc.line("groups"), "at least one group is needed");
        }
        Set<String> keys = new HashSet<>();
        List<ObstacleGroup> groups = new ArrayList<>();
        for (Node node : nodes) {
            YamlDoc.Fields g = YamlDoc.Fields.of(file, 0, node, "a group").allowOnly(Set.of("key", "title", "words"));
            String key = ContentLoader.id(g, "key");
            if (!keys.add(key)) {
                throw new ContentException(file, g.line("key"), "group key '" + key + "' appears twice");
            }
            List<String> words = g.stringList("words");
            if (words.isEmpty() || words.stream().anyMatch(String::isBlank)) {
                throw new ContentException(
                        file, g.line("words"), "group '" + key + "' needs words, none of them blank");
            }
            groups.add(new ObstacleGroup(key, g.string("title"), words));
        }
        return groups;
    }
}
