package dk.attestkursus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A benchmark's printed figures: headed by the machine (cores, JDK), the command
 * that reproduces them and the database, printed to the console and appended to
 * {@code bench/results/<name>-<date>.txt}.
 */
final class BenchReport {

    private BenchReport() {}

    /** The database the integration tests run against: {@code h2} unless told otherwise. */
    static String database() {
        return System.getProperty("attestkursus.test.database", "h2");
    }

    /** One line: when, the machine, its load (other work on it shifts the figures) and the JDK. */
    static String machine() {
        return String.format(
                Locale.ROOT,
                "%s, %d cores (load average %.2f), %s %s (%s), %s, database %s",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.vendor"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                database());
    }

    /** The Maven command that runs this benchmark again with the same settings. */
    static String command(String bench) {
        String options = System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("bench.") || k.equals("attestkursus.test.database"))
                .sorted()
                .map(k -> " -D" + k + "=" + System.getProperty(k))
                .collect(Collectors.joining());
        return "./mvnw -B verify -Pbench -Dit.test=" + bench + options;
    }

    /** Prints the report and appends it to {@code bench/results/<name>-<today>.txt}. */
    static void write(String name, String bench, String figures) throws IOException {
        String text = "== " + bench + "\n"
                + "machine: " + machine() + "\n"
                + "JVM heap max: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, input args: "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + "\n"
                + "command: " + command(bench) + "\n"
                + figures + (figures.endsWith("\n") ? "" : "\n") + "\n";
        System.out.print(text);
        Path out = Path.of("bench", "results", name + "-" + LocalDate.now() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The nearest-rank percentile. */
    static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
