package dk.attestkursus.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An event to attach to a mail as an iCalendar invitation (.ics): the session, its place or meeting link. */
public record CalendarInvite(
        String uid,
        String summary,
        String description,
        Instant start,
        Instant end,
        String location,
        @Nullable String url) {}
