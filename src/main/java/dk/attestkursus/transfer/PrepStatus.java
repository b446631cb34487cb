package dk.attestkursus.transfer;

import java.util.ArrayList;
import java.util.List;

/** Which of the three preparation tasks a caseworker has done. */
public record PrepStatus(boolean selfAssessment, boolean mythGuesses, boolean baselineRequest) {

    /** The three tasks, in the order the introduction mail lists them. */
    public enum Task {
        SELF_ASSESSMENT,
        MYTH_GUESSES,
        BASELINE_REQUEST
    }

    public boolean done() {
        return selfAssessment && mythGuesses && baselineRequest;
    }

    public List<Task> missing() {
        List<Task> missing = new ArrayList<>();
        if (!selfAssessment) {
            missing.add(Task.SELF_ASSESSMENT);
        }
        if (!mythGuesses) {
            missing.add(Task.MYTH_GUESSES);
        }
        if (!baselineRequest) {
            missing.add(Task.BASELINE_REQUEST);
        }
        return missing;
    }

    public int doneCount() {
        return Task.values().length - missing().size();
    }
}
