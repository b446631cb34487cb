package dk.attestkursus.bench;

import java.util.List;
import java.util.Locale;

/**
 * The soak benchmark's rules for "something piles up", kept apart from the driver so they can be
 * checked on made-up series ({@code SoakVerdictTest}).
 *
 * <p><b>Steady growth</b> of a series (heap used after a full GC, live threads): over the samples taken
 * at or after {@code fromMinute} (the warm-up left out), the least-squares slope is above the limit per
 * hour <em>and</em> the last of those samples is above the first by more than {@code minRise}. Both, so
 * that neither a slope made by noise on a short window nor a single high last sample fails a run. At
 * least three samples are needed for a verdict; with fewer the series is only reported.
 *
 * <p><b>Sessions never freed</b>: a session lives until its user logs out or, once nobody uses it, until
 * the session timeout {@code T} has passed. A tab closed without logging out leaves its session behind
 * (so does, as it turns out, about every second logout: see bench/README.md). At every sample the soak
 * asks Tomcat when each open session was last used; if one has been unused for longer than {@code T}
 * plus a slack for the container's expiry sweep (about once a minute), sessions are not freed. The
 * count of open sessions alone would not tell: it rises for one timeout and then levels off.
 */
final class SoakVerdict {

    private SoakVerdict() {}

    /** A sample: minutes since the start and a value. */
    record Point(double minute, double value) {}

    enum Outcome {
        OK,
        GROWING,
        NOT_ENOUGH_DATA
    }

    /** The verdict on a series, with the figures behind it. */
    record Growth(
            Outcome outcome,
            int samples,
            double fromMinute,
            double slopePerHour,
            double first,
            double last,
            double slopeLimitPerHour,
            double minRise) {

        boolean growing() {
            return outcome == Outcome.GROWING;
        }

        String describe(String unit) {
            if (outcome == Outcome.NOT_ENOUGH_DATA) {
                return String.format(
                        Locale.ROOT,
                        "not enough samples from minute %.0f on (%d, need 3): no verdict",
                        fromMinute,
                        samples);
            }
            return String.format(
                    Locale.ROOT,
                    "%s: %d samples from minute %.0f, slope %+.1f %s/h (limit %.1f), last %.1f vs first %.1f %s (%+.1f, limit +%.1f)",
                    outcome == Outcome.GROWING ? "GROWING" : "OK",
                    samples,
                    fromMinute,
                    slopePerHour,
                    unit,
                    slopeLimitPerHour,
                    last,
                    first,
                    unit,
                    last - first,
                    minRise);
        }
    }

    /**
     * Steady growth of a series over the samples at or after {@code fromMinute}: slope above
     * {@code slopeLimitPerHour} and the last sample above the first by more than {@code minRise}.
     */
    static Growth growth(List<Point> series, double fromMinute, double slopeLimitPerHour, double minRise) {
        List<Point> window =
                series.stream().filter(p -> p.minute() >= fromMinute).toList();
        if (window.size() < 3) {
            return new Growth(
                    Outcome.NOT_ENOUGH_DATA,
                    window.size(),
                    fromMinute,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    slopeLimitPerHour,
                    minRise);
        }
        double slope = slopePerMinute(window) * 60;
        double first = window.getFirst().value();
        double last = window.getLast().value();
        boolean growing = slope > slopeLimitPerHour && last - first > minRise;
        return new Growth(
                growing ? Outcome.GROWING : Outcome.OK,
                window.size(),
                fromMinute,
                slope,
                first,
                last,
                slopeLimitPerHour,
                minRise);
    }

    /** Least-squares slope of value over minute. */
    static double slopePerMinute(List<Point> points) {
        double n = points.size();
        double meanX = points.stream().mapToDouble(Point::minute).sum() / n;
        double meanY = points.stream().mapToDouble(Point::value).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (Point p : points) {
            sxy += (p.minute() - meanX) * (p.value() - meanY);
            sxx += (p.minute() - meanX) * (p.minute() - meanX);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    /**
     * The warm-up left out of the growth verdicts: 30 minutes, or one session timeout if the run is long
     * enough to leave three samples after it (until then sessions left behind are still accumulating, by
     * design, and their memory with them).
     */
    static double warmUpMinutes(double runMinutes, double sampleMinutes, double sessionTimeoutMinutes) {
        double afterTimeout = Math.floor((runMinutes - sessionTimeoutMinutes) / sampleMinutes) + 1;
        return afterTimeout >= 3 ? Math.max(30, sessionTimeoutMinutes) : 30;
    }

    /** Open sessions at a sample, and how long the longest-unused of them had been unused. */
    record SessionPoint(double minute, int open, double maxIdleMinutes) {}

    /** The verdict on open sessions. */
    record Sessions(
            boolean applicable, boolean neverFreed, int checked, double worstMinute, double worstIdle, String detail) {}

    /**
     * Sessions are freed if no sample finds an open session unused for longer than the session timeout
     * plus {@code slackMinutes} (the servlet container looks for expired sessions about once a minute).
     * Applicable once the run is longer than the timeout: before, no session can have been unused that long.
     */
    static Sessions sessions(List<SessionPoint> points, double timeoutMinutes, double slackMinutes) {
        double limit = timeoutMinutes + slackMinutes;
        double worstIdle = -1;
        double worstMinute = Double.NaN;
        int over = 0;
        for (SessionPoint p : points) {
            if (p.maxIdleMinutes() > worstIdle) {
                worstIdle = p.maxIdleMinutes();
                worstMinute = p.minute();
            }
            if (p.maxIdleMinutes() > limit) {
                over++;
            }
        }
        boolean applicable = points.stream().anyMatch(p -> p.minute() >= limit);
        String verdict = over > 0 ? "NEVER FREED" : applicable ? "OK" : "not checked (run shorter than the timeout)";
        return new Sessions(
                applicable,
                over > 0,
                points.size(),
                worstMinute,
                worstIdle,
                String.format(
                        Locale.ROOT,
                        "%s: longest-unused open session over %d samples: %.1f min (at minute %.0f), limit %.0f + %.0f min; %d samples over it",
                        verdict,
                        points.size(),
                        worstIdle,
                        worstMinute,
                        timeoutMinutes,
                        slackMinutes,
                        over));
    }
}
