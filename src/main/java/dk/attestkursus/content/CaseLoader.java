package dk.attestkursus.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code cases/NN-slug.yml}: the "which form?" cases; every choice must be in the catalogue. */
final class CaseLoader {

    private static final Pattern FILE = Pattern.compile("\\d{2}-[a-z0-9-]+\\.yml");

    private CaseLoader() {}

    static List<FormCase> load(
            Path dir, Map<String, Source> sources, List<LaeForm> forms, UnaryOperator<String> markdown) {
        if (!Files.isDirectory(dir)) {
            throw new ContentException(dir, 0, "folder not found: the course needs its 'which form?' cases");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ContentException(dir, 0, "cannot be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ContentException(dir, 0, "no cases (*.yml files)");
        }
        Set<String> numbers = new HashSet<>();
        forms.forEach(f -> numbers.add(f.number()));
        Set<String> ids = new HashSet<>();
        List<FormCase> cases = new ArrayList<>();
        for (Path file : files) {
            if (!FILE.matcher(file.getFileName().toString()).matches()) {
                throw new ContentException(file, 0, "case file names must look like '01-some-name.yml'");
            }
            YamlDoc.Fields c = YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), "a case")
                    .allowOnly(Set.of(
                            "id", "title", "situation", "question", "best", "defensible", "reasoning", "sources"));
            String id = ContentLoader.id(c, "id");
            if (!ids.add(id)) {
                throw new ContentException(file, c.line("id"), "case id '" + id + "' is used by another case");
            }
            List<String> best = choices(c, "best", numbers);
            List<String> defensible =
                    c.raw("defensible") == null || isEmptyList(c) ? List.of() : choices(c, "defensible", numbers);
            for (String choice : defensible) {
                if (best.contains(choice)) {
                    throw new ContentException(
                            file, c.line("defensible"), "'" + choice + "' is both best and defensible");
                }
            }
            List<String> sourceIds = c.stringList("sources");
            sourceIds.forEach(s -> ContentLoader.requireSource(sources, s, file, c.line("sources")));
            cases.add(new FormCase(
                    id,
                    c.string("title"),
                    markdown.apply(c.string("situation")),
                    c.string("question"),
                    best,
                    defensible,
                    markdown.apply(c.string("reasoning")),
                    sourceIds));
        }
        return cases;
    }

    private static boolean isEmptyList(YamlDoc.Fields c) {
        return c.raw("defensible") instanceof SequenceNode seq && seq.getValue().isEmpty();
    }

    private static List<String> choices(YamlDoc.Fields c, String key, Set<String> numbers) {
        List<String> choices = c.stringList(key);
        for (String choice : choices) {
            if (!choice.equals(FormCase.NONE) && !numbers.contains(choice)) {
                throw new ContentException(
                        c.file(),
                        c.line(key),
                        "'" + choice + "' is not a form in forms.yml (nor '" + FormCase.NONE + "')");
            }
        }
        return choices;
    }
}
