package dk.attestkursus.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code exercises.yml}, {@code rubric.yml}, {@code glossary.yml} and {@code guidance.yml},
 * checking that every case, lesson, form and source they name exists.
 */
final class WritingLoader {

    static final List<String> RUBRIC_KEYS = List.of("purpose", "form", "questions", "roles", "language", "information");

    private final Path root;
    private final Map<String, Source> sources;
    private final Set<String> lessonIds;
    private final Set<String> caseIds;
    private final Set<String> formNumbers;

    WritingLoader(
            Path root,
            Map<String, Source> sources,
            Set<String> lessonIds,
            Set<String> caseIds,
            Set<String> formNumbers) {
        this.root = root;
        this.sources = sources;
        this.lessonIds = lessonIds;
        this.caseIds = caseIds;
        this.formNumbers = formNumbers;
    }

    Writing load() {
        return new Writing(exercises(), rubric(), glossary(), guidance());
    }

    private YamlDoc.Fields doc(String name, Set<String> fields) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found: the request-writing exercises need it");
        }
        return YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), name)
                .allowOnly(fields);
    }

    private List<Writing.Exercise> exercises() {
        YamlDoc.Fields doc = doc("exercises.yml", Set.of("exercises"));
        Set<String> ids = new HashSet<>();
        List<Writing.Exercise> exercises = new ArrayList<>();
        for (Node node : doc.list("exercises")) {
            YamlDoc.Fields e = YamlDoc.Fields.of(doc.file(), 0, node, "an exercise")
                    .allowOnly(Set.of("id", "case", "own_case", "title", "task", "purpose_hint"));
            String id = ContentLoader.id(e, "id");
            if (!ids.add(id)) {
                throw new ContentException(doc.file(), e.line("id"), "exercise id '" + id + "' appears twice");
            }
            Optional<String> own = e.optString("own_case");
            if (own.isPresent()) {
                Writing.Exercise exercise = ownCase(e, id, own.get());
                if (exercises.stream().anyMatch(x -> x.ownCase() == exercise.ownCase())) {
                    throw new ContentException(
                            doc.file(),
                            e.line("own_case"),
                            "at most one own-case exercise before and one after the course");
                }
                exercises.add(exercise);
                continue;
            }
            if (e.optString("title").isPresent()) {
                throw new ContentException(
                        doc.file(),
                        e.line("title"),
                        "only an own-case exercise has a title; a case exercise takes the case's title");
            }
            String caseId = e.string("case");
            if (!caseIds.contains(caseId)) {
                throw new ContentException(doc.file(), e.line("case"), "unknown case '" + caseId + "' (not in cases/)");
            }
            exercises.add(new Writing.Exercise(id, caseId, e.string("task"), e.string("purpose_hint"), null, null));
        }
        return exercises;
    }

    /** A request the participant writes from a real case of their own, anonymised, before or after the course. */
    private Writing.Exercise ownCase(YamlDoc.Fields e, String id, String when) {
        if (e.optString("case").isPresent()) {
            throw new ContentException(e.file(), e.line("case"), "an own-case exercise has no case");
        }
        Writing.OwnCase ownCase = switch (when) {
            case "before" -> Writing.OwnCase.BEFORE;
            case "after" -> Writing.OwnCase.AFTER;
            default ->
                throw new ContentException(
                        e.file(), e.line("own_case"), "own_case must be 'before' or 'after', not '" + when + "'");
        };
        return new Writing.Exercise(id, null, e.string("task"), e.string("purpose_hint"), e.string("title"), ownCase);
    }

    private Writing.Rubric rubric() {
        YamlDoc.Fields doc = doc("rubric.yml", Set.of("scale", "criteria"));
        List<Integer> scale = new ArrayList<>();
        for (String value : doc.stringList("scale")) {
            try {
                scale.add(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new ContentException(
                        doc.file(), doc.line("scale"), "the scale holds whole numbers, not '" + value + "'");
            }
        }
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i) != i) {
                throw new ContentException(doc.file(), doc.line("scale"), "the scale must count 0, 1, 2, ... in order");
            }
        }
        List<Writing.Criterion> criteria = new ArrayList<>();
        for (Node node : doc.list("criteria")) {
            YamlDoc.Fields c = YamlDoc.Fields.of(doc.file(), 0, node, "a criterion")
                    .allowOnly(Set.of("key", "title", "question", "levels", "lesson", "sources"));
            String key = ContentLoader.id(c, "key");
            List<String> levels = c.stringList("levels");
            if (levels.size() != scale.size()) {
                throw new ContentException(
                        doc.file(),
                        c.line("levels"),
                        "criterion '" + key + "' describes " + levels.size() + " levels; the scale has "
                                + scale.size());
            }
            criteria.add(new Writing.Criterion(
                    key, c.string("title"), c.string("question"), levels, lesson(c, "lesson"), sourceIds(c)));
        }
        List<String> keys = criteria.stream().map(Writing.Criterion::key).toList();
        if (!keys.equals(RUBRIC_KEYS)) {
            throw new ContentException(
                    doc.file(),
                    doc.line("criteria"),
                    "the criteria must be " + RUBRIC_KEYS + " in this order (the audit's questions), were " + keys);
        }
        return new Writing.Rubric(scale, criteria);
    }

    private List<Writing.GlossaryTerm> glossary() {
        YamlDoc.Fields doc = doc("glossary.yml", Set.of("terms"));
        Set<String> seen = new HashSet<>();
        List<Writing.GlossaryTerm> terms = new ArrayList<>();
        for (Node node : doc.list("terms")) {
            YamlDoc.Fields t =
                    YamlDoc.Fields.of(doc.file(), 0, node, "a term").allowOnly(Set.of("term", "plain", "sources"));
            String term = t.string("term");
            if (!seen.add(term.toLowerCase(Locale.ROOT))) {
                throw new ContentException(doc.file(), t.line("term"), "term '" + term + "' appears twice");
            }
            terms.add(new Writing.GlossaryTerm(term, t.string("plain"), sourceIds(t)));
        }
        return terms;
    }

    private Writing.GuidanceRules guidance() {
        YamlDoc.Fields doc =
                doc("guidance.yml", Set.of("purpose", "status_questions", "decisions", "jargon", "form", "consent"));
        YamlDoc.Fields purpose = section(doc, "purpose", Set.of("min_words", "markers", "lesson", "sources"));
        YamlDoc.Fields status = section(doc, "status_questions", Set.of("form", "max", "lesson", "sources"));
        String statusForm = status.string("form");
        if (!formNumbers.contains(statusForm)) {
            throw new ContentException(
                    doc.file(), status.line("form"), "'" + statusForm + "' is not a form in forms.yml");
        }
        YamlDoc.Fields decisions = section(doc, "decisions", Set.of("phrases", "lesson", "sources"));
        List<Writing.DecisionPhrase> phrases = new ArrayList<>();
        for (Node node : decisions.list("phrases")) {
            YamlDoc.Fields p =
                    YamlDoc.Fields.of(doc.file(), 0, node, "a phrase").allowOnly(Set.of("phrase", "rewrite"));
            String phrase = p.string("phrase");
            if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
                throw new ContentException(doc.file(), p.line("phrase"), "phrases are written in lower case");
            }
            phrases.add(new Writing.DecisionPhrase(phrase, p.string("rewrite")));
        }
        return new Writing.GuidanceRules(
                purpose.integer("min_words", 1, 30),
                purpose.stringList("markers").stream()
                        .map(m -> m.toLowerCase(Locale.ROOT))
                        .toList(),
                ref(purpose),
                statusForm,
                status.integer("max", 1, 20),
                ref(status),
                phrases,
                ref(decisions),
                ref(section(doc, "jargon", Set.of("lesson", "sources"))),
                ref(section(doc, "form", Set.of("lesson", "sources"))),
                ref(section(doc, "consent", Set.of("lesson", "sources"))));
    }

    private static YamlDoc.Fields section(YamlDoc.Fields doc, String key, Set<String> fields) {
        Node node = doc.raw(key);
        if (node == null) {
            throw new ContentException(doc.file(), doc.line(), "missing required field '" + key + "'");
        }
        return YamlDoc.Fields.of(doc.file(), 0, node, "'" + key + "'").allowOnly(fields);
    }

    private Writing.Ref ref(YamlDoc.Fields fields) {
        return new Writing.Ref(lesson(fields, "lesson"), sourceIds(fields));
    }

    private String lesson(YamlDoc.Fields fields, String key) {
        String id = fields.string(key);
        if (!lessonIds.contains(id)) {
            throw new ContentException(fields.file(), fields.line(key), "unknown lesson '" + id + "'");
        }
        return id;
    }

    private List<String> sourceIds(YamlDoc.Fields fields) {
        List<String> ids = fields.stringList("sources");
        ids.forEach(id -> ContentLoader.requireSource(sources, id, fields.file(), fields.line("sources")));
        return ids;
    }
}
