package dk.attestkursus.courserun;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.DemoAccounts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo runs, created once after the demo accounts while demo data is on: one upcoming, three weeks
 * after first start, with both demo instructors and the demo caseworker; and one held ten weeks before,
 * with both instructors and the rest of the demo leader's team, all attended, so the leader's results
 * and the course certificates have something to show. Other features add their demo data to the held run.
 */
@Component
@Order(20)
public class DemoCourseRun implements ApplicationRunner {

    static final String NAME = "Bedre LÆ-attester – Demokommune";
    static final String HELD_NAME = "Bedre LÆ-attester – Demokommune, første hold";

    private final DemoAccounts demoAccounts;
    private final CourseRunRepository runs;
    private final EnrolmentRepository enrolments;
    private final Clock clock;

    DemoCourseRun(DemoAccounts demoAccounts, CourseRunRepository runs, EnrolmentRepository enrolments, Clock clock) {
        this.demoAccounts = demoAccounts;
        this.runs = runs;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoAccounts.enabled() || runs.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        Instant startsAt = LocalDate.now(clock)
                .plusWeeks(3)
                .atTime(LocalTime.of(9, 0))
                .atZone(TimeConfig.ZONE)
                .toInstant();
        CourseRun run = runs.save(
                new CourseRun(NAME, "Demokommune", startsAt, 180, "Jobcentret, mødelokale 2, Rådhusvej 1", null, now));
        enrol(run, "praksiskonsulent", EnrolmentRole.INSTRUCTOR, now);
        enrol(run, "jobcenter", EnrolmentRole.INSTRUCTOR, now);
        enrol(run, "sagsbehandler", EnrolmentRole.PARTICIPANT, now);

        Instant heldAt = LocalDate.now(clock)
                .minusWeeks(10)
                .atTime(LocalTime.of(9, 0))
                .atZone(TimeConfig.ZONE)
                .toInstant();
        CourseRun held = new CourseRun(
                HELD_NAME,
                "Demokommune",
                heldAt,
                180,
                "Jobcentret, mødelokale 2, Rådhusvej 1",
                null,
                heldAt.minusSeconds(6 * 7 * 86_400L));
        held.edit(
                HELD_NAME,
                "Demokommune",
                heldAt,
                180,
                false,
                "Jobcentret, mødelokale 2, Rådhusvej 1",
                null,
                20,
                LocalDate.ofInstant(heldAt, TimeConfig.ZONE).plusWeeks(2),
                LocalDate.ofInstant(heldAt, TimeConfig.ZONE).plusWeeks(6),
                heldAt.minusSeconds(6 * 7 * 86_400L));
        held = runs.save(held);
        Instant enrolled = heldAt.minusSeconds(4 * 7 * 86_400L);
        enrol(held, "praksiskonsulent", EnrolmentRole.INSTRUCTOR, enrolled);
        enrol(held, "jobcenter", EnrolmentRole.INSTRUCTOR, enrolled);
        long by = demoAccounts.idOf("jobcenter").orElseThrow().value();
        for (String username : DemoAccounts.TEAM) {
            enrol(held, username, EnrolmentRole.PARTICIPANT, enrolled).markAttended(heldAt.plusSeconds(300), by);
        }
    }

    /** The held demo run, for other features' demo data; empty when demo data is off or not made. */
    public Optional<CourseRunId> heldRun() {
        if (!demoAccounts.enabled()) {
            return Optional.empty();
        }
        return runs.findAllByOrderByStartsAtAsc().stream()
                .filter(r -> r.getName().equals(HELD_NAME))
                .findFirst()
                .map(r -> new CourseRunId(r.requireId()));
    }

    private Enrolment enrol(CourseRun run, String username, EnrolmentRole role, Instant now) {
        AccountId id = demoAccounts
                .idOf(username)
                .orElseThrow(() -> new IllegalStateException("Demo account missing: " + username));
        return enrolments.save(new Enrolment(run.requireId(), id.value(), role, now));
    }
}
