package dk.attestkursus.courserun;

import dk.attestkursus.kernel.MunicipalityId;
import java.time.Instant;

/** A run of another municipality that invited the logged-in practice consultant as co-instructor. */
public record GuestRun(CourseRunId id, String name, Instant startsAt, MunicipalityId host, String hostName) {}
