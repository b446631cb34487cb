package dk.attestkursus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The learning feature's personal data (issue 25): one person's export, and an erasure that keeps the figures. */
@IntegrationTest
class LearningPersonalDataIT {

    @Autowired
    LearningPersonalData personalData;

    @Autowired
    LearningService learning;

    @Autowired
    LearningStatisticsService statistics;

    @Autowired
    CourseContent content;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** In the municipality of the people (the demo administrator's), in one transaction, as erasure runs. */
    <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    int rows(String table, long account) {
        return jdbc.sql("select count(*) from " + table + " where account_id = ?")
                .param(account)
                .query(Integer.class)
                .single();
    }

    @Test
    void declares_every_person_column_of_its_tables() {
        assertThat(personalData.columns())
                .extracting(c -> c.table() + "." + c.column())
                .containsExactlyInAnyOrder(
                        "lesson_read.account_id", "quiz_answer.account_id", "case_answer.account_id");
        assertThat(personalData.columns())
                .extracting(PersonalColumn::erasure)
                .containsOnly(PersonalColumn.Erasure.ANONYMOUS);
    }

    @Test
    void export_holds_the_persons_answers_once_and_erasure_keeps_them_anonymous_so_the_figures_stay() {
        Course course = fixtures.as("admin", content::course);
        Module first = course.modules().getFirst();
        Lesson lesson = first.lessons().getFirst();
        Lesson otherLesson = first.lessons().get(1);
        Question question = first.quiz().getFirst();
        Question otherQuestion = first.quiz().get(1);
        FormCase formCase = course.cases().getFirst();
        FormCase otherCase = course.cases().get(1);
        CourseRunId run = fixtures.run("Privatlivshold", Instant.now().minus(3, ChronoUnit.DAYS));
        String me = fixtures.account("mig", Role.PARTICIPANT);
        String other = fixtures.account("anden", Role.PARTICIPANT);
        fixtures.enrol(run, me, EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, other, EnrolmentRole.PARTICIPANT);
        fixtures.as(me, () -> learning.markRead(lesson.id()));
        fixtures.as(me, () -> learning.answer(question.id(), question.correctIndex()));
        fixtures.as(me, () -> learning.answer(question.id(), question.correctIndex()));
        fixtures.as(me, () -> learning.answerCase(formCase.id(), FormCase.NONE, 4));
        fixtures.as(other, () -> learning.markRead(otherLesson.id()));
        fixtures.as(other, () -> learning.answer(otherQuestion.id(), otherQuestion.correctIndex()));
        fixtures.as(other, () -> learning.answerCase(otherCase.id(), FormCase.NONE, 2));
        AccountId mine = new AccountId(fixtures.id(me));
        AccountId theirs = new AccountId(fixtures.id(other));
        List<AccountId> group = new java.util.ArrayList<>(List.of(mine, theirs));
        for (int i = 0; i < 3; i++) {
            // leaders' figures need a group of five
            String more = fixtures.account("fyld", Role.PARTICIPANT);
            fixtures.enrol(run, more, EnrolmentRole.PARTICIPANT);
            group.add(new AccountId(fixtures.id(more)));
        }

        FeatureExport export = inTransaction(() -> personalData.export(mine));

        assertThat(export.items()).isEqualTo(3);
        assertThat(export.files()).isEmpty();
        assertThat(export.data().get("lessonsRead"))
                .singleElement()
                .isEqualTo(new LearningPersonalData.LessonRead(lesson.id(), lesson.title(), readAt(mine, lesson.id())));
        assertThat(export.data().get("quizAnswers")).singleElement().satisfies(a -> {
            LearningPersonalData.QuizAnswer answer = (LearningPersonalData.QuizAnswer) a;
            assertThat(answer.questionId()).isEqualTo(question.id());
            assertThat(answer.question()).isEqualTo(question.text());
            assertThat(answer.correct()).isTrue();
            assertThat(answer.attempts()).isEqualTo(2);
        });
        assertThat(export.data().get("caseAnswers")).singleElement().satisfies(a -> {
            LearningPersonalData.CaseAnswer answer = (LearningPersonalData.CaseAnswer) a;
            assertThat(answer.caseId()).isEqualTo(formCase.id());
            assertThat(answer.caseTitle()).isEqualTo(formCase.title());
            assertThat(answer.choice()).isEqualTo(FormCase.NONE);
            assertThat(answer.confidence()).isEqualTo(4);
        });
        String json = JsonMapper.builder().findAndAddModules().build().writeValueAsString(export.data());
        assertThat(json)
                .as("nothing of the other person")
                .doesNotContain(otherLesson.id(), otherQuestion.id(), otherCase.id());

        RunLearningStatistics before = fixtures.as("admin", () -> statistics.forRun(run));
        ModuleCompletion completionBefore = fixtures.as("admin", () -> statistics.completion(group));

        inTransaction(() -> {
            personalData.erase(mine);
            return null;
        });

        assertThat(fixtures.as("admin", () -> statistics.forRun(run))).isEqualTo(before);
        assertThat(fixtures.as("admin", () -> statistics.completion(group))).isEqualTo(completionBefore);
        assertThat(before.answered(question.id(), question.correctIndex())).isEqualTo(1);
        assertThat(before.chose(formCase.id(), FormCase.NONE)).isEqualTo(1);
        assertThat(rows("lesson_read", mine.value())
                        + rows("quiz_answer", mine.value())
                        + rows("case_answer", mine.value()))
                .as("kept as anonymous rows of the tombstone")
                .isEqualTo(3);
        assertThat(rows("lesson_read", theirs.value())
                        + rows("quiz_answer", theirs.value())
                        + rows("case_answer", theirs.value()))
                .isEqualTo(3);
        assertThat(inTransaction(() -> personalData.export(theirs)).items()).isEqualTo(3);
    }

    Instant readAt(AccountId account, String lessonId) {
        return jdbc.sql("select read_at from lesson_read where account_id = ? and lesson_id = ?")
                .param(account.value())
                .param(lessonId)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }
}
