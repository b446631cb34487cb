package dk.attestkursus.learning;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.learning.domain.CaseAnswerRepository;
import dk.attestkursus.learning.domain.LessonReadRepository;
import dk.attestkursus.learning.domain.QuizAnswerRepository;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A caseworker's progress through the course (issue 25): lessons read, knowledge-check answers and case
 * answers. None of them holds a text of the person's.
 *
 * <p>Erasure keeps every row as an anonymous row of the tombstone: module completion (the leaders' and
 * national participation figures and the certificates) counts the lessons read and the right answers
 * ({@link LearningStatisticsService#completion}), and a run's answer distributions count the quiz and case
 * answers ({@link LearningStatisticsService#forRun}), so removing them would change other people's figures.
 */
@Component
class LearningPersonalData implements PersonalData {

    private final LessonReadRepository reads;
    private final QuizAnswerRepository quizAnswers;
    private final CaseAnswerRepository caseAnswers;
    private final CourseContent content;

    LearningPersonalData(
            LessonReadRepository reads,
            QuizAnswerRepository quizAnswers,
            CaseAnswerRepository caseAnswers,
            CourseContent content) {
        this.reads = reads;
        this.quizAnswers = quizAnswers;
        this.caseAnswers = caseAnswers;
        this.content = content;
    }

    /** A lesson marked as read. */
    record LessonRead(String lessonId, @Nullable String lessonTitle, Instant readAt) {}

    /** The latest answer to a knowledge-check question; {@code optionIndex} counts from 0 in the course's order. */
    record QuizAnswer(
            String questionId,
            @Nullable String question,
            int optionIndex,
            boolean correct,
            int attempts,
            Instant answeredAt) {}

    /** The form chosen in a case and how sure (1-5). */
    record CaseAnswer(String caseId, @Nullable String caseTitle, String choice, int confidence, Instant answeredAt) {}

    @Override
    public String key() {
        return "learning";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("lesson_read", "account_id", Erasure.ANONYMOUS),
                PersonalColumn.of("quiz_answer", "account_id", Erasure.ANONYMOUS),
                PersonalColumn.of("case_answer", "account_id", Erasure.ANONYMOUS));
    }

    @Override
    public FeatureExport export(AccountId person) {
        Course course = content.course();
        Map<String, Lesson> lessons = course.modules().stream()
                .flatMap(m -> m.lessons().stream())
                .collect(Collectors.toMap(Lesson::id, Function.identity(), (a, b) -> a));
        Map<String, Question> questions = course.modules().stream()
                .map(Module::quiz)
                .flatMap(List::stream)
                .collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a));
        Map<String, FormCase> cases =
                course.cases().stream().collect(Collectors.toMap(FormCase::id, Function.identity(), (a, b) -> a));
        long id = person.value();
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put(
                "lessonsRead",
                reads.findByAccountId(id).stream()
                        .map(r -> new LessonRead(
                                r.getLessonId(), title(lessons.get(r.getLessonId()), Lesson::title), r.getReadAt()))
                        .toList());
        data.put(
                "quizAnswers",
                quizAnswers.findByAccountId(id).stream()
                        .map(a -> new QuizAnswer(
                                a.getQuestionId(),
                                title(questions.get(a.getQuestionId()), Question::text),
                                a.getOptionIndex(),
                                a.isCorrect(),
                                a.getAttempts(),
                                a.getAnsweredAt()))
                        .toList());
        data.put(
                "caseAnswers",
                caseAnswers.findByAccountId(id).stream()
                        .map(a -> new CaseAnswer(
                                a.getCaseId(),
                                title(cases.get(a.getCaseId()), FormCase::title),
                                a.getChoice(),
                                a.getConfidence(),
                                a.getAnsweredAt()))
                        .toList());
        return FeatureExport.of(data);
    }

    private static <T> @Nullable String title(@Nullable T item, Function<T, String> title) {
        return item == null ? null : title.apply(item);
    }

    /** Nothing to delete: every row feeds other people's figures and stays, anonymous (see above). */
    @Override
    public void erase(AccountId person) {
        // The account itself becomes the tombstone (security); these rows keep its id only.
    }
}
