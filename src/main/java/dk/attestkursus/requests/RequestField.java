package dk.attestkursus.requests;

/** The parts of a structured request, for guidance and errors that point at the place. */
public enum RequestField {
    FORM,
    PURPOSE,
    BACKGROUND,
    QUESTIONS,
    CONSENT,
    ENCLOSURES
}
