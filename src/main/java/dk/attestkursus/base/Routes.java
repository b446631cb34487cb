package dk.attestkursus.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way to write an address (decision 019): each feature's {@code *Paths} class holds every
 * route of the feature as a template, the very string its view's {@code @Route} names (e.g.
 * {@code "kursus/modul/:module/:lesson"}), and links are made by filling that template here. So
 * a path is written once, and a link cannot drift from its route.
 */
public final class Routes {

    /** A route parameter: {@code :name}, optionally with a pattern {@code (\d+)} and a modifier. */
    private static final Pattern PARAMETER = Pattern.compile(":[A-Za-z][A-Za-z0-9]*(\\([^)]*\\))?[?*]?");

    private Routes() {}

    /**
     * The template with its parameters filled in, in order; an optional parameter ({@code :code?})
     * may be left out. Refuses a wrong number of values, a blank value, or one with a slash, which
     * would address another page.
     */
    public static String fill(String template, Object... values) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (m.find()) {
            if (i >= values.length && m.group().endsWith("?")) {
                m.appendReplacement(path, ""); // an optional parameter left out, with its slash
                if (!path.isEmpty() && path.charAt(path.length() - 1) == '/') {
                    path.setLength(path.length() - 1);
                }
                continue;
            }
            if (i >= values.length) {
                throw new IllegalArgumentException(
                        "route " + template + " needs more than " + values.length + " value(s)");
            }
            String value = String.valueOf(values[i++]);
            if (value.isBlank() || value.contains("/")) {
                throw new IllegalArgumentException("not a route value for " + template + ": '" + value + "'");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        if (i != values.length) {
            throw new IllegalArgumentException("route " + template + " takes " + i + " value(s), got " + values.length);
        }
        return path.toString();
    }
}
