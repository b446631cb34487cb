package dk.attestkursus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start's time goes (issue 26, bench/README.md "Where the time goes"): started with {@code
 * -Dattestkursus.startup-report=N}, the application records Spring's start-up steps ({@link
 * BufferingApplicationStartup}) and logs, once started, the N slowest steps by their own time (their
 * duration less their child steps'), the N slowest bean creations including their dependencies, and
 * the time per kind of step. Without the property nothing is recorded.
 */
final class StartupReport {

    static final String PROPERTY = "attestkursus.startup-report";

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);
    private final int top;

    private StartupReport(int top) {
        this.top = top;
    }

    /** A report attached to the application if the property asks for one, else null. */
    static StartupReport attachIfAsked(SpringApplication application) {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return null;
        }
        StartupReport report = new StartupReport(Integer.parseInt(value.strip()));
        application.setApplicationStartup(report.startup);
        return report;
    }

    private record Step(long id, Long parent, String name, String tags, Duration duration) {}

    void log() {
        StartupTimeline timeline = startup.getBufferedTimeline();
        List<Step> steps = new ArrayList<>();
        for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
            StartupStep step = event.getStartupStep();
            StringBuilder tags = new StringBuilder();
            for (StartupStep.Tag tag : step.getTags()) {
                if (!tags.isEmpty()) {
                    tags.append(' ');
                }
                tags.append(tag.getKey()).append('=').append(abbreviate(tag.getValue()));
            }
            steps.add(new Step(step.getId(), step.getParentId(), step.getName(), tags.toString(), event.getDuration()));
        }
        Map<Long, Long> childNanos = new HashMap<>();
        for (Step step : steps) {
            if (step.parent() != null) {
                childNanos.merge(step.parent(), step.duration().toNanos(), Long::sum);
            }
        }
        Map<String, Long> selfByName = new HashMap<>();
        List<Map.Entry<Step, Long>> self = new ArrayList<>();
        for (Step step : steps) {
            long own = step.duration().toNanos() - childNanos.getOrDefault(step.id(), 0L);
            self.add(Map.entry(step, own));
            selfByName.merge(step.name(), own, Long::sum);
        }
        StringBuilder out = new StringBuilder();
        out.append("Start-up steps (")
                .append(steps.size())
                .append(" recorded, since JVM start ")
                .append(timeline.getStartTime())
                .append(")\n");
        out.append("  own time per kind of step:\n");
        selfByName.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.append(String.format("  %8d ms  %s%n", e.getValue() / 1_000_000, e.getKey())));
        out.append("  slowest steps by own time (less their child steps):\n");
        self.stream()
                .sorted(Map.Entry.<Step, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.append(String.format(
                        "  %8d ms  %s %s%n",
                        e.getValue() / 1_000_000, e.getKey().name(), e.getKey().tags())));
        out.append("  slowest bean creations (with their dependencies):\n");
        steps.stream()
                .filter(s -> s.name().equals("spring.beans.instantiate"))
                .sorted(Comparator.comparing(Step::duration).reversed())
                .limit(top)
                .forEach(s ->
                        out.append(String.format("  %8d ms  %s%n", s.duration().toMillis(), s.tags())));
        log.info("{}", out);
    }

    private static String abbreviate(String value) {
        String flat = value.replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
    }
}
