package dk.attestkursus.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Danish CPR numbers in free text, so that no citizen's CPR number is ever stored: the
 * platform is for practice with fictional cases only.
 *
 * <p>A CPR number is six digits of a birth date (DDMMYY) and four more digits, in any common
 * writing: {@code 010180-1234}, {@code 0101801234}, with spaces or dots between the groups
 * ({@code 01 01 80 1234}, {@code 01.01.80-1234}), inside a word or split across a line break.
 * It counts when the date is a real date in the century the seventh digit gives. Modulus 11 is not
 * checked: since 2007 not every CPR number satisfies it (cpr.dk). Digits directly before or after
 * (a longer number) make it something else, so phone numbers, amounts, dates and case numbers pass.
 */
public final class CprDetector {

    /** Two digits, two digits, two digits, four digits; up to three separators between groups. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<!\\d)(\\d{2})[ \\t\\r\\n.\\-]{0,3}(\\d{2})[ \\t\\r\\n.\\-]{0,3}(\\d{2})[ \\t\\r\\n.\\-]{0,3}(\\d{4})(?!\\d)");

    /** Where a CPR number was found: the offsets in the text, end exclusive. */
    public record Match(int start, int end) {
    }

    private CprDetector() {
    }

    /** The first CPR number in the text, if any. */
    public static Optional<Match> find(String text) {
        Matcher m = CANDIDATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (isCpr(m.group(1), m.group(2), m.group(3), m.group(4))) {
                return Optional.of(new Match(m.start(), m.end()));
            }
            from = m.start() + 1;
        }
        return Optional.empty();
    }

    public static boolean contains(String text) {
        return find(text).isPresent();
    }

    /** The 1-based line of an offset, for messages that point at the place. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static boolean isCpr(String dd, String mm, String yy, String serial) {
        int day = Integer.parseInt(dd);
        int month = Integer.parseInt(mm);
        int year = Integer.parseInt(yy);
        try {
            LocalDate.of(century(serial.charAt(0) - '0', year) + year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The century from the seventh digit and the two-digit year (cpr.dk, "Opbygning af CPR-nummeret"). */
    static int century(int seventh, int year) {
        return switch (seventh) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> year <= 36 ? 2000 : 1900;
            default -> year <= 57 ? 2000 : 1800; // 5-8
        };
    }
}
