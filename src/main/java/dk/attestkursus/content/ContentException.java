package dk.attestkursus.content;

import java.nio.file.Path;

/**
 * Course content that cannot be used: names the file, the line (1-based; 0 when the problem is
 * the file as a whole, e.g. a missing file) and what is wrong. Stops start-up.
 */
public class ContentException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String problem;

    public ContentException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
