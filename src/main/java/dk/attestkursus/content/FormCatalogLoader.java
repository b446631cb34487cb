package dk.attestkursus.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code forms.yml}: the filter tags and the checked LÆ form catalogue. */
final class FormCatalogLoader {

    /** The forms with the tags declared for them, in file order. */
    record Catalog(List<FormTag> tags, List<LaeForm> forms) {}

    private static final Pattern NUMBER = Pattern.compile("LÆ \\d{3}F?");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    private FormCatalogLoader() {}

    static Catalog load(Path file, Map<String, Source> sources) {
        YamlDoc.Fields doc = YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), "forms.yml")
                .allowOnly(Set.of("tags", "forms"));
        Map<String, FormTag> tags = new LinkedHashMap<>();
        for (Node node : doc.list("tags")) {
            YamlDoc.Fields t = YamlDoc.Fields.of(file, 0, node, "a tag").allowOnly(Set.of("key", "label"));
            String key = ContentLoader.id(t, "key");
            if (tags.put(key, new FormTag(key, t.string("label"))) != null) {
                throw new ContentException(file, t.line("key"), "tag '" + key + "' appears twice");
            }
        }
        List<LaeForm> forms = new ArrayList<>();
        for (Node node : doc.list("forms")) {
            forms.add(form(file, node, tags, sources, forms));
        }
        return new Catalog(List.copyOf(tags.values()), forms);
    }

    private static LaeForm form(
            Path file, Node node, Map<String, FormTag> tags, Map<String, Source> sources, List<LaeForm> earlier) {
        YamlDoc.Fields f = YamlDoc.Fields.of(file, 0, node, "a form")
                .allowOnly(Set.of(
                        "number",
                        "request_form",
                        "title",
                        "purpose",
                        "consultation",
                        "deadline",
                        "fee",
                        "tags",
                        "sources"));
        String number = formNumber(f, "number");
        if (earlier.stream().anyMatch(x -> x.number().equals(number))) {
            throw new ContentException(file, f.line("number"), "form '" + number + "' appears twice");
        }
        String request = f.raw("request_form") == null ? null : formNumber(f, "request_form");
        String fee = f.string("fee");
        if (fee.contains("kr") && !YEAR.matcher(fee).find()) {
            throw new ContentException(
                    file,
                    f.line("fee"),
                    "a fee must name the year it is from, e.g. '796 kr. (2013)': fees change every year");
        }
        List<String> formTags = f.stringList("tags");
        for (String tag : formTags) {
            if (!tags.containsKey(tag)) {
                throw new ContentException(file, f.line("tags"), "unknown tag '" + tag + "' (not under 'tags:')");
            }
        }
        List<String> sourceIds = f.stringList("sources");
        for (String id : sourceIds) {
            ContentLoader.requireSource(sources, id, file, f.line("sources"));
        }
        return new LaeForm(
                number,
                LaeForm.slugOf(number),
                request,
                f.string("title"),
                f.string("purpose"),
                f.optBoolean("consultation").orElse(null),
                f.optString("deadline").orElse(null),
                fee,
                formTags,
                sourceIds);
    }

    private static String formNumber(YamlDoc.Fields f, String key) {
        String number = f.string(key);
        if (!NUMBER.matcher(number).matches()) {
            throw new ContentException(f.file(), f.line(key), "'" + number + "' is not a form number like 'LÆ 285'");
        }
        return number;
    }
}
