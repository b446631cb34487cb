package dk.attestkursus.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Unique tags for test data. Letters only: a random hex tag can put ten digits side by side
 * (as in {@code d1203.85123456@...}), which the CPR check rightly refuses, so a test built on hex
 * tags fails now and then.
 */
public final class Unique {

    private Unique() {}

    /** Eight random lower-case letters. */
    public static String tag() {
        StringBuilder tag = new StringBuilder(8);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }
}
