package dk.attestkursus.security;

import java.security.SecureRandom;

/** First passwords to hand over: twelve characters without look-alikes. */
final class Passwords {

    static final int GENERATED_PASSWORD_LENGTH = 12;
    // No 0/O, 1/l/I: the password is read aloud or copied by hand.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static String generate() {
        StringBuilder sb = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
