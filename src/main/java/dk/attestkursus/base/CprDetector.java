package dk.attestkursus.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Danish CPR numbers in free text, so that no citizen's CPR number is ever stored: the
 * platform is for practice with fictional cases only.
 *
 * <p>A CPR number is six digits of a birth date (DDMMYY) and four more digits, in any common
 * writing: {@code 010180-1234}, {@code 0101801234}, with spaces, dots or any dash between the
 * digits ({@code 01 01 80 1234}, {@code 01.01.80–1234}), with non-breaking spaces or invisible
 * format characters pasted in, inside a word, or split across (indented) line breaks.
 * It counts when the date is a real date in the century the seventh digit gives. Modulus 11 is not
 * checked: since 2007 not every CPR number satisfies it (cpr.dk). Digits directly before or after
 * (a longer number) make it something else, so phone numbers, amounts, dates and case numbers pass.
 * A date written as six digits followed by a four-digit time ({@code 12.01.24 1030}) is
 * indistinguishable from a CPR number and is refused too: the message asks to write it otherwise.
 */
public final class CprDetector {

    /**
     * What may stand between two digits of a CPR number as people write and paste it: any space
     * (also non-breaking), any dash (also en and em dashes from word processors), dots, line breaks
     * with indentation, and invisible format characters (soft hyphen, zero-width space).
     */
    private static final String SEPARATOR = "[\\s\\p{Z}\\p{Pd}\\p{Cf}.]{0,8}";
    /** Ten digits, each pair possibly apart; no digit directly before or after. */
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<!\\d)" + String.join(SEPARATOR, Collections.nCopies(10, "(\\d)")) + "(?!\\d)");

    /** Where a CPR number was found: the offsets in the text, end exclusive. */
    public record Match(int start, int end) {}

    private CprDetector() {}

    /** The first CPR number in the text, if any. */
    public static Optional<Match> find(String text) {
        Matcher m = CANDIDATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            StringBuilder digits = new StringBuilder(10);
            for (int g = 1; g <= 10; g++) {
                digits.append(m.group(g));
            }
            if (isCpr(digits.substring(0, 2), digits.substring(2, 4), digits.substring(4, 6), digits.substring(6))) {
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
