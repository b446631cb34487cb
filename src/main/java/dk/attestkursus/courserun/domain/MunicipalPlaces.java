package dk.attestkursus.courserun.domain;

/** A municipality's active participant places, and how many of them attended. */
public record MunicipalPlaces(long municipalityId, long enrolled, long attended) {}
