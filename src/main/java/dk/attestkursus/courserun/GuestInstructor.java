package dk.attestkursus.courserun;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.AccountId;

/** A practice consultant of another municipality, co-instructor of a run as the host's guest. */
public record GuestInstructor(AccountId id, String name, MunicipalityId home, String homeName) {}
