package dk.attestkursus.myths;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Myth;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The myths feature's personal data (issue 25): one person's export, and an erasure that keeps the counts. */
@IntegrationTest
class MythsPersonalDataIT {

    @Autowired
    MythsPersonalData personalData;

    @Autowired
    MythService myths;

    @Autowired
    LivePollService polls;

    @Autowired
    CourseContent content;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    int rows(String sql, long account) {
        return jdbc.sql(sql).param(account).query(Integer.class).single();
    }

    @Test
    void declares_every_person_column_of_its_tables() {
        assertThat(personalData.columns())
                .extracting(c -> c.table() + "." + c.column() + "=" + c.erasure())
                .containsExactlyInAnyOrder(
                        "myth_guess.account_id=ANONYMOUS",
                        "live_vote.account_id=ANONYMOUS",
                        "live_poll.opened_by=ACTOR",
                        "live_poll.revealed_by=ACTOR",
                        "live_poll.closed_by=ACTOR");
        assertThat(personalData.columns()).extracting(PersonalColumn::table).doesNotContainNull();
    }

    @Test
    void export_holds_the_persons_guesses_and_votes_once_and_erasure_keeps_every_count() {
        List<Myth> all = fixtures.as("admin", () -> content.course().myths());
        Myth first = all.get(0);
        Myth second = all.get(1);
        Myth third = all.get(2);
        CourseRunId run = fixtures.run("Mytehold", Instant.now().plus(1, ChronoUnit.DAYS));
        String instructor = fixtures.account("pk", Role.INSTRUCTOR);
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
        String me = fixtures.account("mig", Role.PARTICIPANT);
        String other = fixtures.account("anden", Role.PARTICIPANT);
        List<String> group = List.of(
                me,
                other,
                fixtures.account("tre", Role.PARTICIPANT),
                fixtures.account("fire", Role.PARTICIPANT),
                fixtures.account("fem", Role.PARTICIPANT));
        group.forEach(p -> fixtures.enrol(run, p, EnrolmentRole.PARTICIPANT));
        group.forEach(p -> fixtures.as(p, () -> myths.guess(first.id(), MythAnswer.MYTH, 3)));
        fixtures.as(me, () -> myths.guess(second.id(), MythAnswer.FACT, 5));
        fixtures.as(other, () -> myths.guess(third.id(), MythAnswer.DONT_KNOW, 1));
        LivePollSnapshot poll = fixtures.as(instructor, () -> polls.open(run, first.id(), null));
        group.forEach(p ->
                fixtures.as(p, () -> polls.vote(poll.pollId(), p.equals(me) ? MythAnswer.FACT : MythAnswer.MYTH)));
        fixtures.as(instructor, () -> polls.reveal(poll.pollId()));
        AccountId mine = new AccountId(fixtures.id(me));
        AccountId theirs = new AccountId(fixtures.id(other));
        AccountId teacher = new AccountId(fixtures.id(instructor));

        FeatureExport export = inTransaction(() -> personalData.export(mine));

        assertThat(export.data().get("guesses"))
                .extracting(g -> ((MythsPersonalData.Guess) g).mythId())
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(export.data().get("guesses"))
                .anySatisfy(g -> assertThat(g)
                        .isEqualTo(new MythsPersonalData.Guess(
                                second.id(),
                                second.statement(),
                                "FACT",
                                5,
                                ((MythsPersonalData.Guess) g).answeredAt())));
        assertThat(export.data().get("votes")).singleElement().satisfies(v -> {
            MythsPersonalData.Vote vote = (MythsPersonalData.Vote) v;
            assertThat(vote.pollId()).isEqualTo(poll.pollId().value());
            assertThat(vote.runId()).isEqualTo(run.value());
            assertThat(vote.mythId()).isEqualTo(first.id());
            assertThat(vote.answer()).isEqualTo("FACT");
        });
        assertThat(export.data().get("pollsRun")).isEmpty();
        assertThat(export.items()).isEqualTo(3);
        FeatureExport teachers = inTransaction(() -> personalData.export(teacher));
        assertThat(teachers.data().get("pollsRun")).singleElement().satisfies(p -> {
            MythsPersonalData.PollRun pr = (MythsPersonalData.PollRun) p;
            assertThat(pr.pollId()).isEqualTo(poll.pollId().value());
            assertThat(pr.openedAt()).isNotNull();
            assertThat(pr.revealedAt()).isNotNull();
            assertThat(pr.closedAt()).isNull();
        });
        assertThat(teachers.data().get("votes")).isEmpty();

        Map<String, AnswerCounts> guessesBefore = fixtures.as(instructor, () -> myths.beforeSession(run));
        List<LivePollSnapshot> pollsBefore = fixtures.as(instructor, () -> polls.history(run));
        assertThat(guessesBefore.get(first.id()).answered()).isEqualTo(5);
        assertThat(pollsBefore.getFirst().answers().answered()).isEqualTo(5);

        inTransaction(() -> {
            personalData.erase(mine);
            return null;
        });

        assertThat(fixtures.as(instructor, () -> myths.beforeSession(run))).isEqualTo(guessesBefore);
        assertThat(fixtures.as(instructor, () -> polls.history(run))).isEqualTo(pollsBefore);
        assertThat(rows("select count(*) from myth_guess where account_id = ?", mine.value()))
                .as("kept as anonymous rows of the tombstone")
                .isEqualTo(2);
        assertThat(rows("select count(*) from live_vote where account_id = ?", mine.value()))
                .isEqualTo(1);
        assertThat(rows("select count(*) from myth_guess where account_id = ?", theirs.value()))
                .isEqualTo(2);
        assertThat(inTransaction(() -> personalData.export(theirs)).data().get("guesses"))
                .extracting(g -> ((MythsPersonalData.Guess) g).mythId())
                .containsExactlyInAnyOrder(first.id(), third.id());
    }
}
