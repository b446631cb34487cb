package dk.attestkursus.mail;

import java.util.regex.Pattern;

/**
 * A personal link's token in a mail's text (issue 22: an invitation, a password reset). The stored mail
 * keeps it only until it is sent; the mail log never shows it.
 */
public final class PersonalLinkText {

    private static final Pattern TOKEN = Pattern.compile("token=[A-Za-z0-9_-]{43}");
    private static final String MASK = "token=(personligt-link-fjernet)";

    private PersonalLinkText() {}

    public static boolean has(String text) {
        return TOKEN.matcher(text).find();
    }

    /** The text with every token replaced by a mark that says a personal link was there. */
    public static String masked(String text) {
        return TOKEN.matcher(text).replaceAll(MASK);
    }
}
