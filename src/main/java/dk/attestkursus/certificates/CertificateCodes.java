package dk.attestkursus.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Verification codes: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a code
 * read off paper is typed right; 31^10 (about 8 × 10^14) codes, so guessing one that exists is hopeless.
 * Printed in two groups of five ({@code K7QX2-M9TRA}); typed in any case, with or without spaces or dash.
 */
public final class CertificateCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 10;

    private final RandomGenerator random;

    CertificateCodes(RandomGenerator random) {
        this.random = random;
    }

    static CertificateCodes secure() {
        return new CertificateCodes(new SecureRandom());
    }

    /** A new random code (stored without the dash). */
    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as printed: two groups of five with a dash. */
    public static String printed(String code) {
        return code.length() == LENGTH ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    /**
     * What someone typed, as a stored code: upper case, spaces and dashes removed. Empty when it
     * cannot be a code (wrong length or a character not in the alphabet), so nothing is looked up.
     */
    public static Optional<String> normalise(String typed) {
        String code = typed.replaceAll("[\\s\\-–]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
