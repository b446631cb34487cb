package dk.attestkursus.practice;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Practice;
import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.content.RenderedMail;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.mail.OutgoingMail;
import dk.attestkursus.practice.domain.PracticeStore;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few minutes inside the day's window: the practice questions that have fallen due are asked, each
 * run in a transaction of its own, within the run's municipality (decision 020). For each participant of
 * a held run the next practice day is worked out ({@link PracticeSchedule}), its question chosen
 * ({@link Leitner}) and stored with the hash of a new one-time link, and the mail with the link queued in
 * the outbox (unless the person unsubscribed). Safe with two instances: a person's question of a day is
 * unique, and the loser's transaction rolls back whole. A day that was missed while the platform was down
 * is skipped when a later one is due as well: nobody gets two questions at once.
 */
@Component
class PracticePlanner {

    /** Runs whose session started longer ago than the last practice day and this are done. */
    static final Duration AFTER_LAST_DAY = Duration.ofDays(14);

    private static final Logger LOG = LoggerFactory.getLogger(PracticePlanner.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RunRosterService rosters;
    private final PracticeStore store;
    private final PracticeTexts texts;
    private final MailOutbox outbox;
    private final CourseContent content;
    private final SystemUser system;
    private final MunicipalScope scope;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final boolean scheduling;

    PracticePlanner(
            RunRosterService rosters,
            PracticeStore store,
            PracticeTexts texts,
            MailOutbox outbox,
            CourseContent content,
            SystemUser system,
            MunicipalScope scope,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${attestkursus.scheduling:true}") boolean scheduling) {
        this.rosters = rosters;
        this.store = store;
        this.texts = texts;
        this.outbox = outbox;
        this.content = content;
        this.system = system;
        this.scope = scope;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.scheduling = scheduling;
    }

    @Scheduled(fixedDelayString = "${attestkursus.practice.plan-interval:PT5M}", initialDelayString = "PT45S")
    void scheduled() {
        if (scheduling) {
            system.run(() -> planDue(clock.instant()));
        }
    }

    /** The schedule of the course's practice days. */
    static PracticeSchedule schedule(Practice practice) {
        return new PracticeSchedule(practice.daysAfterSession(), practice.sendTime(), TimeConfig.ZONE);
    }

    /**
     * Asks every question due at {@code now} on every municipality's held runs; returns how many were asked.
     * Nothing outside the day's window (nights, weekends, holidays). Runs as the system, outside any
     * transaction.
     */
    int planDue(Instant now) {
        Practice practice = content.course().practice();
        PracticeSchedule schedule = schedule(practice);
        if (!schedule.inWindow(now)) {
            return 0;
        }
        Duration horizon =
                Duration.ofDays(practice.daysAfterSession().getLast()).plus(AFTER_LAST_DAY);
        List<CourseRunSummary> held = rosters.runsStartingAfter(now.minus(horizon)).stream()
                .filter(run -> !run.startsAt()
                        .plus(Duration.ofMinutes(run.durationMinutes()))
                        .isAfter(now))
                .toList();
        Map<Long, MunicipalityId> owners = store.runMunicipalities(
                held.stream().map(run -> run.id().value()).toList());
        int asked = 0;
        for (CourseRunSummary run : held) {
            MunicipalityId owner = owners.get(run.id().value());
            if (owner != null) {
                asked += planWithin(owner, run, schedule, now);
            }
        }
        return asked;
    }

    /** Asks the questions of one run due at {@code now} (for tests: other tests' runs share the database). */
    int planRun(CourseRunId runId, Instant now) {
        PracticeSchedule schedule = schedule(content.course().practice());
        MunicipalityId owner = store.runMunicipalities(List.of(runId.value())).get(runId.value());
        if (owner == null || !schedule.inWindow(now)) {
            return 0;
        }
        CourseRunSummary run = scope.within(owner, () -> rosters.run(runId));
        return planWithin(owner, run, schedule, now);
    }

    private int planWithin(MunicipalityId owner, CourseRunSummary run, PracticeSchedule schedule, Instant now) {
        try {
            Integer count = scope.within(owner, () -> ownTransaction.execute(tx -> planRun(run, schedule, now)));
            if (count != null && count > 0) {
                LOG.info(
                        "Asked {} practice question(s) on run {}",
                        count,
                        run.id().value());
                return count;
            }
        } catch (DataIntegrityViolationException e) {
            UniqueKeys.rethrowUnlessLostRace(e);
            LOG.info(
                    "Practice of run {} was planned by another instance",
                    run.id().value());
        }
        return 0;
    }

    private int planRun(CourseRunSummary run, PracticeSchedule schedule, Instant now) {
        if (run.cancelled()) {
            return 0; // a cancelled run asks nothing (its people may take another run)
        }
        Course course = content.course();
        RunRoster roster = rosters.roster(run.id());
        if (roster.participants().isEmpty()) {
            return 0;
        }
        Map<Long, List<PracticeStore.Prompt>> byPerson =
                store.ofRun(run.id().value()).stream().collect(Collectors.groupingBy(PracticeStore.Prompt::accountId));
        Set<Long> optedOut = store.optedOut(
                roster.participants().stream().map(p -> p.id().value()).toList());
        LocalDate session = schedule.date(run.startsAt());
        List<String> items =
                course.practice().items().stream().map(PracticeItem::id).toList();
        int count = 0;
        for (RunRoster.Person person : roster.participants()) {
            List<PracticeStore.Prompt> past = byPerson.getOrDefault(person.id().value(), List.of());
            int step = dueStep(schedule, session, past, now);
            if (step == 0) {
                continue;
            }
            String item = Leitner.next(
                            items,
                            past.stream()
                                    .map(p -> new Leitner.Asked(p.step(), p.itemKey(), p.correct()))
                                    .toList())
                    .orElseThrow();
            String token = newToken();
            Instant expires = now.plus(Duration.ofDays(course.practice().answerDays()));
            boolean mail = !optedOut.contains(person.id().value());
            store.insert(
                    run.id().value(), person.id().value(), step, item, now, mail, PracticeService.hash(token), expires);
            if (mail) {
                PracticeStore.Prompt asked = new PracticeStore.Prompt(
                        0,
                        0,
                        run.id().value(),
                        person.id().value(),
                        step,
                        item,
                        now,
                        true,
                        expires,
                        null,
                        null,
                        null,
                        null);
                queueMail(course, run, person, asked, token);
            }
            count++;
        }
        return count;
    }

    /**
     * The step to ask now, or 0: the latest practice day due by {@code now} after the person's last
     * question (days missed on the way are skipped), with the days they had questions on counted.
     */
    static int dueStep(PracticeSchedule schedule, LocalDate session, List<PracticeStore.Prompt> past, Instant now) {
        int next = past.stream().mapToInt(PracticeStore.Prompt::step).max().orElse(0) + 1;
        List<LocalDate> days =
                new ArrayList<>(past.stream().map(p -> schedule.date(p.dueAt())).toList());
        int due = 0;
        for (int step = next; step <= schedule.steps(); step++) {
            LocalDate day = schedule.day(step, session, days);
            if (schedule.dueAt(step, session, days).isAfter(now)) {
                break;
            }
            due = step;
            days.add(day);
        }
        return due;
    }

    private void queueMail(
            Course course, CourseRunSummary run, RunRoster.Person person, PracticeStore.Prompt asked, String token) {
        PracticeQuestion question = texts.question(course, asked).orElseThrow();
        RenderedMail rendered = texts.mail(course, person.name(), question, token);
        MailTopic topic = MailTopic.ofRun(run.id(), PracticeTexts.MAIL);
        outbox.enqueue(new OutgoingMail(
                topic.dedupeKey(person.id().value() + "/" + asked.step()),
                person.email(),
                person.id(),
                topic,
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                null,
                clock.instant()));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
