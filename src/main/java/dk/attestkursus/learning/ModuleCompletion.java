package dk.attestkursus.learning;

import java.util.Map;

/**
 * How many of a group completed each module (read every lesson, answered every question right), and
 * how many completed all of them. Counts only.
 */
public record ModuleCompletion(Map<String, Integer> perModule, int allModules) {

    public ModuleCompletion {
        perModule = Map.copyOf(perModule);
    }
}
