package dk.attestkursus.results;

import java.util.Arrays;
import java.util.List;

/** A problem with an uploaded file, as a translation key and its arguments (line first where there is one). */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.asList(args));
    }
}
