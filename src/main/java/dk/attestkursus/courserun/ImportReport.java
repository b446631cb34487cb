package dk.attestkursus.courserun;

/** What an import did: people enrolled, of whom how many got a new account, and rows skipped as already enrolled. */
public record ImportReport(int enrolled, int newAccounts, int alreadyEnrolled) {}
