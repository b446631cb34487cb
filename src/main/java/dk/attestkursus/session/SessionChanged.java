package dk.attestkursus.session;

/**
 * Published when a run's session or programme changes, with the new state; screens receive it
 * after the change is committed.
 */
public record SessionChanged(SessionSnapshot snapshot) {}
