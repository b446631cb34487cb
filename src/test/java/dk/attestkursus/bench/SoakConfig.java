package dk.attestkursus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The soak benchmark's settings, from system properties ({@code -Dsoak.*}); see {@code bench/README.md}.
 *
 * @param jar              the application jar to soak ({@code soak.jar}, required): the production jar
 * @param database         {@code h2} (a fresh H2 file database, default profile) or {@code postgres}
 *                         (a schema of its own on 127.0.0.1:5432, profile {@code postgres}, dropped after)
 * @param minutes          how long the users walk their journeys ({@code soak.minutes}, 120)
 * @param sampleMinutes    a full sample (heap after a full GC) every so many minutes ({@code soak.sample-minutes}, 15)
 * @param thinkMin         shortest think time between two actions of a user ({@code soak.think-min-seconds}, 10)
 * @param thinkMax         longest ({@code soak.think-max-seconds}, 40)
 * @param seed             seed of every user's random choices ({@code soak.seed}, 18)
 * @param waitTime         how long a user waits for a page or a condition ({@code soak.wait-seconds}, 60)
 * @param appArgs          more application arguments, space separated ({@code soak.app-args})
 * @param jvmOptions       the application's JVM options, space separated ({@code soak.jvm-options}, none: the
 *                         default heap, as the README's {@code java -jar})
 * @param heapSlopeLimit   steady heap growth above this many MB per hour fails ({@code soak.heap-slope-mb-per-hour}, 10)
 * @param heapMinRise      ... if the last sample is also this fraction above the first ({@code soak.heap-min-rise}, 0.10)
 * @param threadSlopeLimit steady growth of live threads above this many per hour fails ({@code soak.thread-slope-per-hour}, 10)
 * @param threadMinRise    ... if the last sample also has this many threads more than the first ({@code soak.thread-min-rise}, 10)
 * @param sessionTimeout   the application's session timeout in minutes if Tomcat does not tell ({@code soak.session-timeout-minutes}, 60)
 * @param results          where the report is appended ({@code soak.results}, {@code bench/results})
 * @param work             the application's work folder: database, logs ({@code soak.work}, a new temp folder)
 * @param screenshots      where a failed action's screenshot goes ({@code soak.screenshots}, {@code target/soak-screenshots})
 * @param label            a note for the report's first line ({@code soak.label})
 * @param failOnKnown      fail on the known third-party log entries too ({@code soak.fail-on-known}, false)
 */
record SoakConfig(
        Path jar,
        String database,
        double minutes,
        double sampleMinutes,
        int caseworkers,
        int instructors,
        int leaders,
        int admins,
        Duration thinkMin,
        Duration thinkMax,
        long seed,
        Duration waitTime,
        List<String> appArgs,
        List<String> jvmOptions,
        double heapSlopeLimit,
        double heapMinRise,
        double threadSlopeLimit,
        double threadMinRise,
        int sessionTimeout,
        Path results,
        Path work,
        Path screenshots,
        String label,
        boolean failOnKnown) {

    static final List<String> CASEWORKERS =
            List.of("sagsbehandler", "ali", "birthe", "camilla", "dorte", "emil", "frida");
    static final List<String> INSTRUCTORS = List.of("praksiskonsulent", "jobcenter");

    static boolean requested() {
        String jar = System.getProperty("soak.jar");
        return jar != null && !jar.isBlank();
    }

    static SoakConfig fromSystemProperties() {
        String database = System.getProperty("soak.database", "h2").toLowerCase(Locale.ROOT);
        if (!database.equals("h2") && !database.equals("postgres")) {
            throw new IllegalArgumentException("soak.database must be h2 or postgres, was " + database);
        }
        String work = System.getProperty("soak.work", "");
        SoakConfig config = new SoakConfig(
                Path.of(System.getProperty("soak.jar")).toAbsolutePath(),
                database,
                number("soak.minutes", 120),
                number("soak.sample-minutes", 15),
                (int) number("soak.caseworkers", 3),
                (int) number("soak.instructors", 2),
                (int) number("soak.leaders", 1),
                (int) number("soak.admins", 1),
                Duration.ofMillis((long) (number("soak.think-min-seconds", 10) * 1000)),
                Duration.ofMillis((long) (number("soak.think-max-seconds", 40) * 1000)),
                (long) number("soak.seed", 18),
                Duration.ofSeconds((long) number("soak.wait-seconds", 60)),
                words(System.getProperty("soak.app-args", "")),
                words(System.getProperty("soak.jvm-options", "")),
                number("soak.heap-slope-mb-per-hour", 10),
                number("soak.heap-min-rise", 0.10),
                number("soak.thread-slope-per-hour", 10),
                number("soak.thread-min-rise", 10),
                (int) number("soak.session-timeout-minutes", 60),
                Path.of(System.getProperty("soak.results", "bench/results")).toAbsolutePath(),
                work.isBlank() ? null : Path.of(work).toAbsolutePath(),
                Path.of(System.getProperty("soak.screenshots", "target/soak-screenshots"))
                        .toAbsolutePath(),
                System.getProperty("soak.label", ""),
                Boolean.getBoolean("soak.fail-on-known"));
        if (config.caseworkers() > CASEWORKERS.size()
                || config.instructors() > INSTRUCTORS.size()
                || config.leaders() > 1
                || config.admins() > 1) {
            throw new IllegalArgumentException("the demo data has " + CASEWORKERS.size() + " caseworkers, "
                    + INSTRUCTORS.size() + " instructors, 1 leader and 1 administrator");
        }
        if (config.thinkMax().compareTo(config.thinkMin()) < 0) {
            throw new IllegalArgumentException("soak.think-max-seconds is below soak.think-min-seconds");
        }
        return config;
    }

    int users() {
        return caseworkers + instructors + leaders + admins;
    }

    /** A think time between {@link #thinkMin} and {@link #thinkMax}, evenly spread. */
    Duration thinkTime(Random random) {
        long spread = thinkMax.toMillis() - thinkMin.toMillis();
        return thinkMin.plusMillis(spread <= 0 ? 0 : (long) (random.nextDouble() * spread));
    }

    private static double number(String property, double fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
    }

    private static List<String> words(String value) {
        return value.isBlank()
                ? List.of()
                : Arrays.stream(value.strip().split("\\s+")).toList();
    }
}
