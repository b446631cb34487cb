package dk.attestkursus.kernel;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The days a Danish workplace does not hold a course (issue 23): weekends, the public holidays (helligdage)
 * computed from Easter rather than typed in by hand, store bededag until its abolition (Lov nr. 168 of 28
 * February 2023: the last one was 5 May 2023), and the days most jobcentres close or run on a skeleton
 * staff: grundlovsdag, juleaftensdag, the days between Christmas and New Year, and nytårsaftensdag. Used to
 * choose defaults and to warn, never to refuse: a municipality may teach on any day it likes.
 */
public final class DanishCalendar {

    /** Why a day is no day for a course; {@link #labelKey()} names it in the translation files. */
    public enum DayOff {
        SATURDAY,
        SUNDAY,
        NEW_YEARS_DAY,
        MAUNDY_THURSDAY,
        GOOD_FRIDAY,
        EASTER_SUNDAY,
        EASTER_MONDAY,
        GREAT_PRAYER_DAY,
        ASCENSION_DAY,
        WHIT_SUNDAY,
        WHIT_MONDAY,
        CONSTITUTION_DAY,
        CHRISTMAS_EVE,
        CHRISTMAS_DAY,
        BOXING_DAY,
        BETWEEN_CHRISTMAS_AND_NEW_YEAR,
        NEW_YEARS_EVE;

        public String labelKey() {
            return "dayOff." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The last year with a store bededag (the fourth Friday after Easter). */
    private static final int LAST_GREAT_PRAYER_DAY = 2023;

    private DanishCalendar() {}

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** Why the day is no day for a course, or nothing for an ordinary working day. */
    public static Optional<DayOff> dayOff(LocalDate date) {
        Optional<DayOff> holiday = holiday(date);
        if (holiday.isPresent()) {
            return holiday;
        }
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> Optional.of(DayOff.SATURDAY);
            case SUNDAY -> Optional.of(DayOff.SUNDAY);
            default -> Optional.empty();
        };
    }

    /** Whether a course can be held that day (nothing in {@link #dayOff}). */
    public static boolean isWorkday(LocalDate date) {
        return dayOff(date).isEmpty();
    }

    /** The day itself if it is a working day, else the next one. */
    public static LocalDate workdayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** When a working day's hours for mails to people begin (issue 27: no mails at night or at weekends). */
    public static final LocalTime HOURS_BEGIN = LocalTime.of(8, 0);

    /** When they end. */
    public static final LocalTime HOURS_END = LocalTime.of(17, 0);

    /**
     * {@code at} if it falls within a working day's hours ({@link #HOURS_BEGIN} to {@link #HOURS_END} in
     * {@code zone}), else the beginning of the next working day's hours: when a mail someone sends at night or
     * at a weekend goes out.
     */
    public static Instant withinWorkingHours(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (isWorkday(day) && !time.isBefore(HOURS_BEGIN) && time.isBefore(HOURS_END)) {
            return at;
        }
        LocalDate next = isWorkday(day) && time.isBefore(HOURS_BEGIN) ? day : workdayOnOrAfter(day.plusDays(1));
        return next.atTime(HOURS_BEGIN).atZone(zone).toInstant();
    }

    /** The day itself if it is a working day, else the one before. */
    public static LocalDate workdayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkday(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static Optional<DayOff> holiday(LocalDate date) {
        MonthDay fixed = MonthDay.from(date);
        if (fixed.equals(MonthDay.of(1, 1))) {
            return Optional.of(DayOff.NEW_YEARS_DAY);
        }
        if (fixed.equals(MonthDay.of(6, 5))) {
            return Optional.of(DayOff.CONSTITUTION_DAY);
        }
        if (fixed.equals(MonthDay.of(12, 24))) {
            return Optional.of(DayOff.CHRISTMAS_EVE);
        }
        if (fixed.equals(MonthDay.of(12, 25))) {
            return Optional.of(DayOff.CHRISTMAS_DAY);
        }
        if (fixed.equals(MonthDay.of(12, 26))) {
            return Optional.of(DayOff.BOXING_DAY);
        }
        if (fixed.equals(MonthDay.of(12, 31))) {
            return Optional.of(DayOff.NEW_YEARS_EVE);
        }
        if (date.getMonthValue() == 12 && date.getDayOfMonth() > 26) {
            return Optional.of(DayOff.BETWEEN_CHRISTMAS_AND_NEW_YEAR);
        }
        LocalDate easter = easterSunday(date.getYear());
        long fromEaster = date.toEpochDay() - easter.toEpochDay();
        if (fromEaster == 26 && date.getYear() <= LAST_GREAT_PRAYER_DAY && date.getDayOfWeek() == DayOfWeek.FRIDAY) {
            return Optional.of(DayOff.GREAT_PRAYER_DAY);
        }
        return Optional.ofNullable(
                switch ((int) fromEaster) {
                    case -3 -> DayOff.MAUNDY_THURSDAY;
                    case -2 -> DayOff.GOOD_FRIDAY;
                    case 0 -> DayOff.EASTER_SUNDAY;
                    case 1 -> DayOff.EASTER_MONDAY;
                    case 39 -> DayOff.ASCENSION_DAY;
                    case 49 -> DayOff.WHIT_SUNDAY;
                    case 50 -> DayOff.WHIT_MONDAY;
                    default -> null;
                });
    }
}
