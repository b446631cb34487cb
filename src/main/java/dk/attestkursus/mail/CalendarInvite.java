package dk.attestkursus.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A calendar event to attach to one person's mail (iMIP, docs/decisions/025): the session, its place or
 * meeting link, for the {@code attendee}. Every invitation, update and cancellation of one session shares
 * the {@code uid}; each change that goes out raises the {@code sequence}, so a calendar applies it to the
 * appointment it already has instead of adding a second one.
 */
public record CalendarInvite(
        String uid,
        int sequence,
        Kind kind,
        String summary,
        String description,
        Instant start,
        Instant end,
        String location,
        @Nullable String url,
        Attendee attendee) {

    public CalendarInvite {
        if (sequence < 0) {
            throw new IllegalArgumentException("An iCalendar SEQUENCE is never negative: " + sequence);
        }
    }

    /** What the calendar is asked to do with the event. */
    public enum Kind {
        /** Put it in the calendar, or update the one with the same UID (iTIP {@code METHOD:REQUEST}). */
        REQUEST,
        /** Take it out of the calendar (iTIP {@code METHOD:CANCEL}). */
        CANCEL
    }

    /** The person the mail goes to, as the event's attendee. */
    public record Attendee(String email, String name) {}
}
