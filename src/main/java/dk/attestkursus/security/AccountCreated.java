package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;

/** An administrator created an account (issue 22: its owner is invited by mail). */
public record AccountCreated(AccountId accountId, MunicipalityId municipality) {}
