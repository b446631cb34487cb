package dk.attestkursus.municipalities;

import dk.attestkursus.kernel.MunicipalityId;

/** A municipality as the platform administrator's list shows it: who and what it still has. */
public record MunicipalitySummary(MunicipalityId id, String name, String slug, long people, long runs) {}
