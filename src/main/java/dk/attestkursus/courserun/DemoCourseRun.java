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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One upcoming demo run, three weeks after first start, with both demo instructors and the demo
 * caseworker enrolled. Created once, after the demo accounts, while demo data is on.
 */
@Component
@Order(20)
class DemoCourseRun implements ApplicationRunner {

    static final String NAME = "Bedre LÆ-attester – Demokommune";

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
        Instant startsAt = LocalDate.now(clock).plusWeeks(3).atTime(LocalTime.of(9, 0))
                .atZone(TimeConfig.ZONE).toInstant();
        CourseRun run = runs.save(new CourseRun(NAME, "Demokommune", startsAt, 180,
                "Jobcentret, mødelokale 2, Rådhusvej 1", null, now));
        enrol(run, "praksiskonsulent", EnrolmentRole.INSTRUCTOR, now);
        enrol(run, "jobcenter", EnrolmentRole.INSTRUCTOR, now);
        enrol(run, "sagsbehandler", EnrolmentRole.PARTICIPANT, now);
    }

    private void enrol(CourseRun run, String username, EnrolmentRole role, Instant now) {
        AccountId id = demoAccounts.idOf(username)
                .orElseThrow(() -> new IllegalStateException("Demo account missing: " + username));
        enrolments.save(new Enrolment(run.requireId(), id.value(), role, now));
    }
}
