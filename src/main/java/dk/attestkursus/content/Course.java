package dk.attestkursus.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The whole course as read from {@code content/}: immutable, validated, cross-checked. */
public record Course(
        String title,
        String tagline,
        String sourceId,
        List<Objective> objectives,
        List<Module> modules,
        Map<String, Source> sources,
        List<FormTag> formTags,
        List<LaeForm> forms,
        List<FormCase> cases,
        List<Myth> myths,
        Writing writing,
        Program program,
        Transfer transfer,
        Practice practice) {

    public Course {
        objectives = List.copyOf(objectives);
        modules = List.copyOf(modules);
        sources = Map.copyOf(sources);
        formTags = List.copyOf(formTags);
        forms = List.copyOf(forms);
        cases = List.copyOf(cases);
        myths = List.copyOf(myths);
    }

    public Optional<Myth> myth(String id) {
        return myths.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<FormCase> formCase(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every lesson of the course, module by module. */
    public Stream<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }

    /** A form of the catalogue by its address, e.g. "lae-285". */
    public Optional<LaeForm> form(String slug) {
        return forms.stream().filter(f -> f.slug().equals(slug)).findFirst();
    }

    public Optional<Module> module(String key) {
        return modules.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public Optional<Objective> objective(String key) {
        return objectives.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /** The sources with these ids, in order; unknown ids (the loader refuses them) are left out. */
    public List<Source> sources(List<String> ids) {
        return ids.stream().flatMap(id -> source(id).stream()).toList();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }
}
