package dk.attestkursus.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole course as read from {@code content/}: immutable, validated, cross-checked. */
public record Course(String title, String tagline, String sourceId, List<Objective> objectives,
        List<Module> modules, Map<String, Source> sources) {

    public Course {
        objectives = List.copyOf(objectives);
        modules = List.copyOf(modules);
        sources = Map.copyOf(sources);
    }

    public Optional<Module> module(String key) {
        return modules.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public Optional<Objective> objective(String key) {
        return objectives.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }
}
