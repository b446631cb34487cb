package dk.attestkursus.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML read as a node tree (SnakeYAML's composer, which builds no objects), so that every
 * error can name the file and the line it stands on.
 */
final class YamlDoc {

    private YamlDoc() {}

    /**
     * Parses YAML text.
     *
     * @param lineOffset lines before the text in its file (front matter starts after "---")
     */
    static Node parse(Path file, String text, int lineOffset) {
        try {
            Node node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (node == null) {
                throw new ContentException(file, lineOffset + 1, "the file is empty");
            }
            return node;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ContentException(file, line, "invalid YAML: " + problem);
        } catch (YAMLException e) {
            throw new ContentException(file, 0, "invalid YAML: " + e.getMessage());
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (MalformedInputException e) {
            throw new ContentException(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new ContentException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** A YAML mapping with strict field access: required fields, known fields only. */
    record Fields(Path file, int lineOffset, MappingNode node, Map<String, Node> fields) {

        static Fields of(Path file, int lineOffset, Node node, String what) {
            if (!(node instanceof MappingNode mapping)) {
                throw new ContentException(file, YamlDoc.line(node, lineOffset), what + " must be a mapping of fields");
            }
            Map<String, Node> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                String key = keyNode instanceof ScalarNode s ? s.getValue() : "";
                if (fields.put(key, tuple.getValueNode()) != null) {
                    throw new ContentException(
                            file, YamlDoc.line(keyNode, lineOffset), "field '" + key + "' appears twice");
                }
            }
            return new Fields(file, lineOffset, mapping, fields);
        }

        int line() {
            return YamlDoc.line(node, lineOffset);
        }

        int line(String key) {
            Node value = fields.get(key);
            return value == null ? line() : YamlDoc.line(value, lineOffset);
        }

        /** Fails on any field not in the list: a typo must not be silently ignored. */
        Fields allowOnly(Set<String> known) {
            for (NodeTuple tuple : node.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                if (!known.contains(key)) {
                    throw new ContentException(
                            file,
                            YamlDoc.line(tuple.getKeyNode(), lineOffset),
                            "unknown field '" + key + "' (expected one of " + new TreeSet<>(known) + ")");
                }
            }
            return this;
        }

        String string(String key) {
            return optString(key)
                    .orElseThrow(() -> new ContentException(file, line(), "missing required field '" + key + "'"));
        }

        Optional<String> optString(String key) {
            Node value = fields.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof ScalarNode scalar)) {
                throw new ContentException(file, line(key), "field '" + key + "' must be text");
            }
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                throw new ContentException(file, line(key), "field '" + key + "' is empty");
            }
            return Optional.of(text);
        }

        int integer(String key, int min, int max) {
            String text = string(key);
            try {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                    throw new ContentException(
                            file,
                            line(key),
                            "field '" + key + "' must be between " + min + " and " + max + ", was " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new ContentException(
                        file, line(key), "field '" + key + "' must be a whole number, was '" + text + "'");
            }
        }

        Optional<Boolean> optBoolean(String key) {
            return optString(key).map(text -> switch (text) {
                case "true" -> true;
                case "false" -> false;
                default ->
                    throw new ContentException(
                            file, line(key), "field '" + key + "' must be true or false, was '" + text + "'");
            });
        }

        List<Node> list(String key) {
            Node value = fields.get(key);
            if (value == null) {
                throw new ContentException(file, line(), "missing required field '" + key + "'");
            }
            if (!(value instanceof SequenceNode seq)) {
                throw new ContentException(file, line(key), "field '" + key + "' must be a list");
            }
            if (seq.getValue().isEmpty()) {
                throw new ContentException(file, line(key), "field '" + key + "' must not be empty");
            }
            return seq.getValue();
        }

        List<String> stringList(String key) {
            List<String> result = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Node item : list(key)) {
                if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                    throw new ContentException(
                            file, YamlDoc.line(item, lineOffset), "every entry of '" + key + "' must be text");
                }
                if (!seen.add(scalar.getValue().strip())) {
                    throw new ContentException(
                            file,
                            YamlDoc.line(item, lineOffset),
                            "'" + scalar.getValue().strip() + "' appears twice in '" + key + "'");
                }
                result.add(scalar.getValue().strip());
            }
            return result;
        }

        @Nullable
        Node raw(String key) {
            return fields.get(key);
        }
    }

    static int line(Node node, int lineOffset) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }
}
