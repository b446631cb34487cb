package dk.attestkursus.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code content/} into an immutable {@link Course}: {@code sources.yml},
 * {@code course.yml}, {@code modules/<folder>/*.md} (Markdown with YAML front matter and numbered source
 * notes, {@link LessonLoader}) and
 * {@code forms.yml} (the LÆ form catalogue), {@code cases/}, {@code myths.yml}, the request-writing files and
 * the runbook ({@code program.yml}, {@code slides/}, {@code online-guide.md}, {@code handout.yml}), the
 * self-assessment ({@code surveys/self-assessment.yml}), the mail templates ({@code emails/*.md}) and the
 * practice after the session ({@code practice.yml}).
 * Checks every field and reference; the first problem stops loading with file, line and reason.
 * Plain Java, no Spring, so it can be tested on small trees of files.
 */
public final class ContentLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FOLDER = Pattern.compile("\\d{2}-[a-z0-9-]+");

    private final Parser markdown = Parser.builder().build();
    // Raw HTML in lessons is escaped, not passed on; the sanitiser is a second fence.
    private final HtmlRenderer html =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** Loads and validates the course under {@code root}. */
    public Course load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ContentException(root, 0, "content folder not found (set attestkursus.content-dir)");
        }
        Map<String, Source> sources = loadSources(root.resolve("sources.yml"));
        FormCatalogLoader.Catalog catalog = FormCatalogLoader.load(requireFile(root.resolve("forms.yml")), sources);
        Set<String> lessonIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        Set<String> knownForms = knownForms(catalog);
        Path courseFile = root.resolve("course.yml");
        YamlDoc.Fields course = YamlDoc.Fields.of(
                        courseFile,
                        0,
                        YamlDoc.parse(courseFile, YamlDoc.read(requireFile(courseFile)), 0),
                        "course.yml")
                .allowOnly(Set.of("title", "tagline", "source", "objectives", "modules"));

        String sourceId = course.string("source");
        requireSource(sources, sourceId, courseFile, course.line("source"));

        List<Objective> objectives = objectives(root, courseFile, course);
        List<Module> modules = new ArrayList<>();
        for (Node node : course.list("modules")) {
            modules.add(
                    module(root, courseFile, node, modules, objectives, sources, lessonIds, questionIds, knownForms));
        }
        List<FormCase> cases = CaseLoader.load(root.resolve("cases"), sources, catalog.forms(), this::render);
        List<Myth> myths = MythLoader.load(root.resolve("myths.yml"), sources, this::render);
        Writing writing = new WritingLoader(
                        root, sources, lessonIds, ids(cases, FormCase::id), ids(catalog.forms(), LaeForm::number))
                .load();
        Program program = new ProgramLoader(
                        root, sources, ids(myths, Myth::id), ids(writing.exercises(), Writing.Exercise::id))
                .load();
        Practice practice = PracticeLoader.load(
                root.resolve("practice.yml"),
                sources,
                myths,
                cases,
                ids(catalog.forms(), LaeForm::number),
                this::render);
        Transfer transfer = new Transfer(
                SurveyLoader.load(root, sources, objectives),
                MailTemplateLoader.load(root, sources),
                ObstacleLoader.load(root, sources));
        return new Course(
                course.string("title"),
                course.string("tagline"),
                sourceId,
                objectives,
                modules,
                sources,
                catalog.tags(),
                catalog.forms(),
                cases,
                myths,
                writing,
                program,
                transfer,
                practice);
    }

    /** The catalogue's form numbers and the numbers of the requests that go with them. */
    private static Set<String> knownForms(FormCatalogLoader.Catalog catalog) {
        Set<String> knownForms = new HashSet<>();
        catalog.forms().forEach(f -> {
            knownForms.add(f.number());
            f.request().ifPresent(knownForms::add);
        });
        return knownForms;
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }

    /** The course's objectives, each with a key of its own. */
    private static List<Objective> objectives(Path root, Path courseFile, YamlDoc.Fields course) {
        List<Objective> objectives = new ArrayList<>();
        for (Node node : course.list("objectives")) {
            YamlDoc.Fields o = YamlDoc.Fields.of(courseFile, 0, node, "an objective")
                    .allowOnly(Set.of("key", "text", "illustration", "illustration_alt"));
            String key = id(o, "key");
            if (objectives.stream().anyMatch(x -> x.key().equals(key))) {
                throw new ContentException(courseFile, o.line("key"), "objective key '" + key + "' appears twice");
            }
            objectives.add(new Objective(key, o.string("text"), Illustrations.of(root, courseFile, o)));
        }
        return objectives;
    }

    /**
     * One module: a folder of its own under modules/ (named like '01-some-name'), a known objective, its
     * lessons and its knowledge check.
     */
    private Module module(
            Path root,
            Path courseFile,
            Node node,
            List<Module> modules,
            List<Objective> objectives,
            Map<String, Source> sources,
            Set<String> lessonIds,
            Set<String> questionIds,
            Set<String> knownForms) {
        YamlDoc.Fields m = YamlDoc.Fields.of(courseFile, 0, node, "a module")
                .allowOnly(Set.of("folder", "title", "objective", "summary"));
        String folder = m.string("folder");
        if (!FOLDER.matcher(folder).matches()) {
            throw new ContentException(
                    courseFile, m.line("folder"), "module folder '" + folder + "' must look like '01-some-name'");
        }
        if (modules.stream().anyMatch(x -> x.key().equals(folder))) {
            throw new ContentException(courseFile, m.line("folder"), "module folder '" + folder + "' appears twice");
        }
        String objective = m.string("objective");
        if (objectives.stream().noneMatch(o -> o.key().equals(objective))) {
            throw new ContentException(
                    courseFile, m.line("objective"), "module names unknown objective '" + objective + "'");
        }
        Path dir = root.resolve("modules").resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new ContentException(
                    courseFile, m.line("folder"), "module folder 'modules/" + folder + "' does not exist");
        }
        List<Lesson> lessons = new LessonLoader(sources, this::render).load(folder, dir, lessonIds);
        return new Module(
                folder,
                m.string("title"),
                objective,
                m.string("summary"),
                lessons,
                QuizLoader.load(dir.resolve("quiz.yml"), sources, questionIds, knownForms, lessons));
    }

    private Map<String, Source> loadSources(Path file) {
        Node root = YamlDoc.parse(file, YamlDoc.read(requireFile(file)), 0);
        if (!(root instanceof SequenceNode list)) {
            throw new ContentException(file, YamlDoc.line(root, 0), "sources.yml must be a list of sources");
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Node node : list.getValue()) {
            YamlDoc.Fields s =
                    YamlDoc.Fields.of(file, 0, node, "a source").allowOnly(Set.of("id", "title", "url", "note"));
            String id = id(s, "id");
            String url = s.optString("url").orElse(null);
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                throw new ContentException(file, s.line("url"), "url must start with https:// or http://");
            }
            if (sources.put(
                            id,
                            new Source(
                                    id,
                                    s.string("title"),
                                    url,
                                    s.optString("note").orElse(null)))
                    != null) {
                throw new ContentException(file, s.line("id"), "source id '" + id + "' appears twice");
            }
        }
        return sources;
    }

    /** Markdown to sanitised HTML: raw HTML is escaped, and the sanitiser is a second fence. */
    private String render(String markdownText) {
        return Jsoup.clean(html.render(markdown.parse(markdownText)), Safelist.relaxed());
    }

    static String id(YamlDoc.Fields fields, String key) {
        String id = fields.string(key);
        if (!ID.matcher(id).matches()) {
            throw new ContentException(
                    fields.file(),
                    fields.line(key),
                    "'" + id + "' is not a valid " + key + " (lower case letters, digits and '-')");
        }
        return id;
    }

    static void requireSource(Map<String, Source> sources, String id, Path file, int line) {
        if (!sources.containsKey(id)) {
            throw new ContentException(file, line, "unknown source '" + id + "' (not in sources.yml)");
        }
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found");
        }
        return file;
    }
}
