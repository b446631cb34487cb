package dk.attestkursus.results;

import java.util.List;

/**
 * What an uploaded extract would do: the problems (then nothing can be stored), or how many month
 * lines it holds and how many of them replace lines already stored for the team.
 */
public record ExtractPreview(List<Problem> problems, int rows, int replacing) {

    public ExtractPreview {
        problems = List.copyOf(problems);
    }

    public boolean canImport() {
        return problems.isEmpty() && rows > 0;
    }
}
