package dk.attestkursus.security;

/**
 * Whether the calling instructor teaches a run the account takes part in: what lets an instructor act
 * for a person here (send them a new invitation). The runs are {@code courserun}'s, which answers.
 */
public interface InstructorReach {

    boolean reaches(AccountId account);
}
