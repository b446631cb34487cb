package dk.attestkursus.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.ContentLoader;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Question;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V13 moves stored answers along with their options when the knowledge checks' options were put in
 * a new order (issue 19): before it, the right option was the first in every question, so an
 * answer stored as option 0 must afterwards point at the right option wherever it now stands.
 */
class QuizOptionsMigrationTest {

    private final Course course = new ContentLoader().load(Path.of("content"));

    @Test
    void every_stored_answer_still_points_at_the_option_that_was_chosen() throws SQLException {
        String url = "jdbc:h2:mem:quiz_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .target("12")
                .load()
                .migrate();
        List<Question> questions =
                course.modules().stream().flatMap(m -> m.quiz().stream()).toList();
        assertThat(questions).hasSize(22);
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            long account = 1;
            for (Question question : questions) {
                insert(db, account, question.id(), 0, true); // the right option: first in every question before
            }
            // Two wrong options whose wording changed as well as their place.
            insert(db, 2, "anmodning-q3", 1, false); // »Kan Lone arbejde?«
            insert(db, 2, "attest-q4", 1, false); // "At det er forbudt, og at du skal slette to af spørgsmålene"
            insert(db, 2, "roller-q3", 2, false); // kept its place
        }

        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            Map<String, Integer> rightAnswers = answers(db, 1);
            for (Question question : questions) {
                assertThat(rightAnswers.get(question.id())).as(question.id()).isEqualTo(question.correctIndex());
            }
            Map<String, Integer> wrong = answers(db, 2);
            assertThat(text("anmodning-q3", wrong)).startsWith("»Lone har ondt i ryggen");
            assertThat(text("attest-q4", wrong))
                    .isEqualTo("At mere end tre spørgsmål ikke er tilladt, så du må skære to fra");
            assertThat(text("roller-q3", wrong)).startsWith("Fordi det betyder, at du kan læse attesterne");
        }
    }

    private String text(String questionId, Map<String, Integer> answers) {
        Question question = course.modules().stream()
                .flatMap(m -> m.quiz().stream())
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow();
        return question.options().get(answers.get(questionId)).text();
    }

    private static void insert(Connection db, long account, String questionId, int option, boolean correct)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into quiz_answer (account_id, question_id,"
                + " option_index, correct, attempts, answered_at) values (?, ?, ?, ?, 1, current_timestamp)")) {
            insert.setLong(1, account);
            insert.setString(2, questionId);
            insert.setInt(3, option);
            insert.setBoolean(4, correct);
            insert.executeUpdate();
        }
    }

    private static Map<String, Integer> answers(Connection db, long account) throws SQLException {
        Map<String, Integer> answers = new HashMap<>();
        try (PreparedStatement select =
                db.prepareStatement("select question_id, option_index from quiz_answer where account_id = ?")) {
            select.setLong(1, account);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    answers.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return answers;
    }
}
