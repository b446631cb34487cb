package dk.attestkursus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.RunAs;
import dk.attestkursus.testsupport.Unique;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An instructor sees counts for their own run, aggregated over its participants, and nothing of other runs. */
@IntegrationTest
class LearningStatisticsIT {

    @Autowired
    LearningService learning;

    @Autowired
    LearningStatisticsService statistics;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseContent content;

    @Autowired
    CourseRunRepository runs;

    @Autowired
    EnrolmentRepository enrolments;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy contexts;

    private <T> T as(String username, Supplier<T> action) {
        return new RunAs(users, contexts).as(username, action);
    }

    private String account(String prefix, Role role) {
        String username = prefix + Unique.tag();
        as(
                "admin",
                () -> accounts.create(new NewAccount(
                        "Test " + username,
                        username,
                        username + "@example.dk",
                        role,
                        role == Role.INSTRUCTOR ? InstructorKind.JOBCENTER : null,
                        null)));
        return username;
    }

    private long id(String username) {
        return as(
                "admin",
                () -> accounts.listAccounts().stream()
                        .filter(a -> a.username().equals(username))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .value());
    }

    @Test
    void counts_cover_only_the_run_participants_and_other_instructors_are_refused() {
        Course course = as("admin", content::course);
        String teacher = account("underviser", Role.INSTRUCTOR);
        String stranger = account("fremmed", Role.INSTRUCTOR);
        String done = account("faerdig", Role.PARTICIPANT);
        String started = account("startet", Role.PARTICIPANT);
        String outsider = account("udenfor", Role.PARTICIPANT);
        // saved in the administrator's municipality, where the accounts are (decision 020)
        CourseRun run = as(
                "admin",
                () -> runs.save(new CourseRun(
                        "Statistikhold",
                        "Testkommune",
                        Instant.now().plusSeconds(86_400),
                        120,
                        null,
                        null,
                        Instant.now())));
        long teacherId = id(teacher);
        long doneId = id(done);
        long startedId = id(started);
        as(
                "admin",
                () -> enrolments.saveAll(List.of(
                        new Enrolment(run.requireId(), teacherId, EnrolmentRole.INSTRUCTOR, Instant.now()),
                        new Enrolment(run.requireId(), doneId, EnrolmentRole.PARTICIPANT, Instant.now()),
                        new Enrolment(run.requireId(), startedId, EnrolmentRole.PARTICIPANT, Instant.now()))));

        Module first = course.modules().getFirst();
        for (String user : new String[] {done, outsider}) {
            first.lessons().forEach(l -> as(user, () -> learning.markRead(l.id())));
            first.quiz().forEach(q -> as(user, () -> learning.answer(q.id(), q.correctIndex())));
        }
        Lesson one = first.lessons().getFirst();
        as(started, () -> learning.markRead(one.id()));
        Question q1 = first.quiz().getFirst();
        int wrong = q1.correctIndex() == 0 ? 1 : 0;
        as(started, () -> learning.answer(q1.id(), wrong));
        FormCase case1 = course.cases().getFirst();
        as(done, () -> learning.answerCase(case1.id(), case1.best().getFirst(), 5));
        as(started, () -> learning.answerCase(case1.id(), case1.best().getFirst(), 3));
        as(outsider, () -> learning.answerCase(case1.id(), case1.best().getFirst(), 3));

        CourseRunId runId = new CourseRunId(run.requireId());
        RunLearningStatistics stats = as(teacher, () -> statistics.forRun(runId));
        assertThat(stats.participants()).isEqualTo(2);
        assertThat(stats.completed(first.key())).isEqualTo(1);
        assertThat(stats.completed(course.modules().get(1).key())).isZero();
        assertThat(stats.answered(q1.id(), q1.correctIndex())).isEqualTo(1);
        assertThat(stats.answered(q1.id(), wrong)).isEqualTo(1);
        assertThat(stats.chose(case1.id(), case1.best().getFirst()))
                .as("the outsider is not counted")
                .isEqualTo(2);

        assertThatThrownBy(() -> as(stranger, () -> statistics.forRun(runId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(done, () -> statistics.forRun(runId))).isInstanceOf(AccessDeniedException.class);
    }
}
