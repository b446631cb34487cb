package dk.attestkursus.learning;

/** A lesson, question, case or option id that the course (as loaded now) does not have. */
public class UnknownContentException extends RuntimeException {

    public UnknownContentException(String what) {
        super("Unknown " + what);
    }
}
