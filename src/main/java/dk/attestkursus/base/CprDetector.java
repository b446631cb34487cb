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
 *
 * <p>Also found (issue 24): slashes, underscores, colons and commas between the parts
 * ({@code 010180/1234}, {@code 01/01/80-1234}), a four-digit year ({@code 01/01/1980-1234}), digits of
 * other scripts (full-width, Arabic-Indic), the letter O for a zero beside digits ({@code O1O18O-1234}),
 * and markup between the parts ({@code 010180<b>-</b>1234}, {@code 010180&#45;1234}).
 */
public final class CprDetector {

    /**
     * What may stand between two digits of a CPR number as people write and paste it: any space
     * (also non-breaking), any dash (also en and em dashes from word processors), dots, line breaks
     * with indentation, and invisible format characters (soft hyphen, zero-width space).
     */
    private static final String SEPARATOR = "[\\s\\p{Z}\\p{Pd}\\p{Cf}./_:,]{0,8}";
    /** Ten digits, each pair possibly apart; no digit directly before or after. */
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<!\\d)" + String.join(SEPARATOR, Collections.nCopies(10, "(\\d)")) + "(?!\\d)");
    /** The date with a four-digit year ({@code 01/01/1980-1234}): twelve digits. */
    private static final Pattern FULL_YEAR =
            Pattern.compile("(?<!\\d)" + String.join(SEPARATOR, Collections.nCopies(12, "(\\d)")) + "(?!\\d)");
    /** A tag, as pasted from a web page or a mail: removed before a second look. */
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,60}>");

    /** Where a CPR number was found: the offsets in the text, end exclusive. */
    public record Match(int start, int end) {}

    private CprDetector() {}

    /**
     * The first CPR number in the text, if any. Digits of other scripts and an O beside digits are read as
     * digits (the offsets stay the text's); a number hidden by markup is found in the text without it, and
     * then the match is the whole text.
     */
    public static Optional<Match> find(String text) {
        String digits = asciiDigits(text);
        Optional<Match> found = findIn(digits).or(() -> findFullYear(digits));
        if (found.isPresent() || text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return found;
        }
        String plain = asciiDigits(
                org.jsoup.parser.Parser.unescapeEntities(TAG.matcher(text).replaceAll(""), false));
        return findIn(plain).or(() -> findFullYear(plain)).map(m -> new Match(0, text.length()));
    }

    /**
     * The text with every decimal digit of any script as its ASCII digit, and a letter O (or o) beside a
     * digit as a zero; the same length, so offsets match.
     */
    static String asciiDigits(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c > '9' && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        for (int i = 0; i < out.length; i++) {
            if ((out[i] == 'O' || out[i] == 'o')
                    && (i > 0 && isAsciiDigit(out[i - 1]) || i + 1 < out.length && isAsciiDigit(out[i + 1]))) {
                out[i] = '0';
            }
        }
        return new String(out);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A date with a four-digit year: the year's century must be the one the seventh digit gives. */
    private static Optional<Match> findFullYear(String text) {
        Matcher m = FULL_YEAR.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            StringBuilder d = new StringBuilder(12);
            for (int g = 1; g <= 12; g++) {
                d.append(m.group(g));
            }
            int year = Integer.parseInt(d.substring(4, 8));
            String yy = d.substring(6, 8);
            String serial = d.substring(8);
            if (isCpr(d.substring(0, 2), d.substring(2, 4), yy, serial)
                    && century(serial.charAt(0) - '0', year % 100) == year - year % 100) {
                return Optional.of(new Match(m.start(), m.end()));
            }
            from = m.start() + 1;
        }
        return Optional.empty();
    }

    private static Optional<Match> findIn(String text) {
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
