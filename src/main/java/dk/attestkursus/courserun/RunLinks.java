package dk.attestkursus.courserun;

import java.util.List;

/** Contributes links to a run's page for instructors and administrators. */
public interface RunLinks {

    List<RunLink> links(CourseRunId run);
}
