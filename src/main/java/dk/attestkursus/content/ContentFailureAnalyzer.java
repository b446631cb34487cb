package dk.attestkursus.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a content error at start-up into a short report: file, line, problem, what to do. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
        String where = cause.file() + (cause.line() > 0 ? ", line " + cause.line() : "");
        return new FailureAnalysis(
                "The course content could not be loaded.\n\n    File:    " + where + "\n    Problem: "
                        + cause.problem(),
                "Correct the file (see content/README.md for the format) and start again.",
                cause);
    }
}
