package dk.attestkursus.kernel;

/**
 * The logged-in caseworker's {@link CoursePhase}. One implementation computes it (in {@code transfer});
 * features on lower floors, such as the start page in {@code learning}, read it through this interface
 * without depending on the module that computes it.
 */
public interface CoursePhases {

    /** Where the logged-in caseworker is in the course now. */
    CoursePhase mine();
}
