package dk.attestkursus.courserun;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.DemoAccountsSeeded;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo runs (profile {@code demo}), made when the demo accounts are ({@link DemoAccountsSeeded}, in
 * that transaction): one upcoming, three weeks after first start, with both demo instructors and the
 * demo caseworker; and one held ten weeks before, with both instructors and the rest of the demo leader's
 * team, all attended, so the leader's results and the course certificates have something to show. Other
 * features add their demo data to the held run when they hear {@link DemoRunSeeded}.
 */
@Component
@Profile("demo")
class DemoCourseRun {

    private static final String NAME = "Bedre LÆ-attester – ";
    private static final String HELD_SUFFIX = ", første hold";

    private final CourseRunRepository runs;
    private final EnrolmentRepository enrolments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoCourseRun(
            CourseRunRepository runs, EnrolmentRepository enrolments, Clock clock, ApplicationEventPublisher events) {
        this.runs = runs;
        this.enrolments = enrolments;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DemoAccountsSeeded accounts) {
        if (runs.count() > 0) {
            return; // runs made before the demo accounts: leave them alone
        }
        Instant now = clock.instant();
        // On a working day (issue 23): a first start on a Sunday put the demo session on a Sunday.
        Instant startsAt = DanishCalendar.workdayOnOrAfter(LocalDate.now(clock).plusWeeks(3))
                .atTime(LocalTime.of(9, 0))
                .atZone(TimeConfig.ZONE)
                .toInstant();
        String where = accounts.municipalityName();
        CourseRun run = runs.save(new CourseRun(
                NAME + where,
                where,
                startsAt,
                RunManagementService.DEFAULT_MINUTES,
                "Jobcentret, mødelokale 2, Rådhusvej 1",
                null,
                now));
        enrol(run, accounts.practiceConsultant(), EnrolmentRole.INSTRUCTOR, now);
        enrol(run, accounts.jobcentre(), EnrolmentRole.INSTRUCTOR, now);
        enrol(run, accounts.caseworker(), EnrolmentRole.PARTICIPANT, now);

        Instant heldAt = DanishCalendar.workdayOnOrBefore(LocalDate.now(clock).minusWeeks(10))
                .atTime(LocalTime.of(9, 0))
                .atZone(TimeConfig.ZONE)
                .toInstant();
        CourseRun held = new CourseRun(
                NAME + where + HELD_SUFFIX,
                where,
                heldAt,
                RunManagementService.DEFAULT_MINUTES,
                "Jobcentret, mødelokale 2, Rådhusvej 1",
                null,
                heldAt.minusSeconds(6 * 7 * 86_400L));
        held.edit(
                NAME + where + HELD_SUFFIX,
                where,
                heldAt,
                RunManagementService.DEFAULT_MINUTES,
                false,
                "Jobcentret, mødelokale 2, Rådhusvej 1",
                null,
                20,
                DanishCalendar.workdayOnOrAfter(
                        LocalDate.ofInstant(heldAt, TimeConfig.ZONE).plusWeeks(2)),
                DanishCalendar.workdayOnOrAfter(
                        LocalDate.ofInstant(heldAt, TimeConfig.ZONE).plusWeeks(6)),
                heldAt.minusSeconds(6 * 7 * 86_400L));
        held = runs.save(held);
        Instant enrolled = heldAt.minusSeconds(4 * 7 * 86_400L);
        enrol(held, accounts.practiceConsultant(), EnrolmentRole.INSTRUCTOR, enrolled);
        enrol(held, accounts.jobcentre(), EnrolmentRole.INSTRUCTOR, enrolled);
        long by = accounts.jobcentre().value();
        for (AccountId member : accounts.team()) {
            enrol(held, member, EnrolmentRole.PARTICIPANT, enrolled).markAttended(heldAt.plusSeconds(300), by);
        }
        events.publishEvent(new DemoRunSeeded(
                new CourseRunId(held.requireId()), accounts.practiceConsultant(), accounts.team(), accounts.variant()));
    }

    private Enrolment enrol(CourseRun run, AccountId account, EnrolmentRole role, Instant now) {
        return enrolments.save(new Enrolment(run.requireId(), account.value(), role, now));
    }
}
