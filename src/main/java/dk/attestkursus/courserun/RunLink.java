package dk.attestkursus.courserun;

/**
 * A link another feature adds to a run's page (e.g. the facilitator view or the runbook PDF).
 * Features contribute them through {@link RunLinks} beans, so the course-run feature needs not
 * know them.
 */
public record RunLink(String labelKey, String path, String icon, int order) {}
