package dk.attestkursus.practice;

import dk.attestkursus.kernel.DanishCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;

/**
 * When a participant's practice questions fall due (issue 27, decision 032): on the practice days after
 * the session ({@code content/practice.yml}, e.g. days 2, 7, 21 and 42), moved to the next working day
 * (no weekends, public holidays or Christmas week, {@link DanishCalendar}), at the send time; never two
 * on one day and never more than {@link #MAX_PER_WEEK} in one week for a person, counting the questions
 * they already had. Mails go out only inside the day's window ({@link #inWindow}): a question that fell
 * due at night or on a weekend waits for the next working morning. Plain rules, tested with fixed dates.
 */
public record PracticeSchedule(List<Integer> daysAfterSession, LocalTime sendTime, ZoneId zone) {

    /** At most this many practice questions in one week (Monday to Sunday) per person. */
    public static final int MAX_PER_WEEK = 2;

    /** The end of the day's window: no practice mail goes out from this time until the next working morning. */
    public static final LocalTime WINDOW_END = LocalTime.of(17, 0);

    public PracticeSchedule {
        daysAfterSession = List.copyOf(daysAfterSession);
        if (daysAfterSession.isEmpty()) {
            throw new IllegalArgumentException("A practice schedule needs at least one day");
        }
    }

    /** The number of practice days (steps 1 to this). */
    public int steps() {
        return daysAfterSession.size();
    }

    /**
     * The day step {@code step} (1-based) falls on for a person whose session was on {@code session} and
     * who already had questions on {@code earlier} days: the practice day, or the next working day that has
     * no question of theirs and whose week has fewer than {@link #MAX_PER_WEEK}.
     */
    public LocalDate day(int step, LocalDate session, Collection<LocalDate> earlier) {
        if (step < 1 || step > steps()) {
            throw new IllegalArgumentException("No practice step " + step);
        }
        LocalDate day = DanishCalendar.workdayOnOrAfter(session.plusDays(daysAfterSession.get(step - 1)));
        while (earlier.contains(day) || inWeek(day, earlier) >= MAX_PER_WEEK) {
            day = DanishCalendar.workdayOnOrAfter(day.plusDays(1));
        }
        return day;
    }

    /** The moment step {@code step} falls due: its day at the send time. */
    public Instant dueAt(int step, LocalDate session, Collection<LocalDate> earlier) {
        return day(step, session, earlier).atTime(sendTime).atZone(zone).toInstant();
    }

    /** Whether a practice mail may go out at {@code now}: a working day, from the send time until the window's end. */
    public boolean inWindow(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        return DanishCalendar.isWorkday(local.toLocalDate()) && !time.isBefore(sendTime) && time.isBefore(WINDOW_END);
    }

    /** The day of an instant in the schedule's zone. */
    public LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static long inWeek(LocalDate day, Collection<LocalDate> earlier) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        return earlier.stream()
                .filter(d -> !d.isBefore(monday) && !d.isAfter(sunday))
                .count();
    }
}
