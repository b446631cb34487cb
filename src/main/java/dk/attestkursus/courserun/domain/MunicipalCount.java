package dk.attestkursus.courserun.domain;

/** A count of something per municipality (e.g. runs held). */
public record MunicipalCount(long municipalityId, long count) {}
