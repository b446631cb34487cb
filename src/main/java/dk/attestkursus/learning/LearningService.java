package dk.attestkursus.learning;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.kernel.OptionOrder;
import dk.attestkursus.learning.domain.CaseAnswer;
import dk.attestkursus.learning.domain.CaseAnswerRepository;
import dk.attestkursus.learning.domain.LessonRead;
import dk.attestkursus.learning.domain.LessonReadRepository;
import dk.attestkursus.learning.domain.QuizAnswer;
import dk.attestkursus.learning.domain.QuizAnswerRepository;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseworker's own learning: lessons read, knowledge-check answers (with retries) and case
 * choices, all kept by the content's stable ids so the course resumes on any device.
 */
@Service
@PreAuthorize(AppRoles.HAS_PARTICIPANT)
public class LearningService {

    private final CourseContent content;
    private final CurrentUser currentUser;
    private final LessonReadRepository reads;
    private final QuizAnswerRepository answers;
    private final CaseAnswerRepository caseAnswers;
    private final Clock clock;

    LearningService(
            CourseContent content,
            CurrentUser currentUser,
            LessonReadRepository reads,
            QuizAnswerRepository answers,
            CaseAnswerRepository caseAnswers,
            Clock clock) {
        this.content = content;
        this.currentUser = currentUser;
        this.reads = reads;
        this.answers = answers;
        this.caseAnswers = caseAnswers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CourseProgress myProgress() {
        long me = me();
        return CourseProgress.of(
                content.course(),
                reads.findByAccountId(me).stream().map(LessonRead::getLessonId).collect(Collectors.toSet()),
                answers.findByAccountId(me).stream()
                        .collect(Collectors.toMap(QuizAnswer::getQuestionId, QuizAnswer::isCorrect)));
    }

    /** Marks a lesson read; marking it again changes nothing. */
    @Transactional
    public CourseProgress markRead(String lessonId) {
        Course course = content.course();
        if (course.lessons().noneMatch(l -> l.id().equals(lessonId))) {
            throw new UnknownContentException("lesson " + lessonId);
        }
        long me = me();
        if (!reads.existsByAccountIdAndLessonId(me, lessonId)) {
            reads.save(new LessonRead(me, lessonId, clock.instant()));
        }
        return myProgress();
    }

    /**
     * Answers a question (again, if it was answered before) with the option's index in the content,
     * whatever position it was shown at: feedback with the chosen option's explanation.
     */
    @Transactional
    public AnswerFeedback answer(String questionId, int optionIndex) {
        Question question = content.course().modules().stream()
                .flatMap(m -> m.quiz().stream())
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new UnknownContentException("question " + questionId));
        if (optionIndex < 0 || optionIndex >= question.options().size()) {
            throw new UnknownContentException("option " + optionIndex + " of question " + questionId);
        }
        long me = me();
        QuizAnswer answer =
                answers.findByAccountIdAndQuestionId(me, questionId).orElseGet(() -> new QuizAnswer(me, questionId));
        boolean correct = question.options().get(optionIndex).correct();
        answer.answer(optionIndex, correct, clock.instant());
        answers.save(answer);
        return new AnswerFeedback(
                questionId,
                optionIndex,
                correct,
                question.correctIndex(),
                question.options().get(optionIndex).explanation(),
                answer.getAttempts(),
                OptionOrder.of(
                        me, questionId, answer.getAttempts(), question.options().size()));
    }

    /**
     * A module's knowledge check as this caseworker meets it: each question with its options in a
     * shuffled order that stays the same until they answer again, and their latest answer.
     */
    @Transactional(readOnly = true)
    public List<QuizItem> myQuiz(String moduleKey) {
        Module module = content.course()
                .module(moduleKey)
                .orElseThrow(() -> new UnknownContentException("module " + moduleKey));
        long me = me();
        Map<String, QuizAnswer> latest =
                answers.findByAccountId(me).stream().collect(Collectors.toMap(QuizAnswer::getQuestionId, a -> a));
        return module.quiz().stream()
                .map(question -> {
                    int size = question.options().size();
                    QuizAnswer answer = latest.get(question.id());
                    int attempts = answer == null ? 0 : answer.getAttempts();
                    List<Integer> next = OptionOrder.of(me, question.id(), attempts, size);
                    Optional<Integer> chosen = Optional.ofNullable(answer)
                            .map(QuizAnswer::getOptionIndex)
                            .filter(i -> i < size); // an option removed from the content since
                    List<Integer> answeredIn =
                            chosen.isPresent() ? OptionOrder.of(me, question.id(), attempts - 1, size) : next;
                    return new QuizItem(question, attempts, chosen, answeredIn, next);
                })
                .toList();
    }

    /**
     * Records the form chosen in a case (a form number or {@link FormCase#NONE}) and how sure the
     * caseworker was, 1-5; a new choice replaces the old.
     */
    @Transactional
    public CaseFeedback answerCase(String caseId, String choice, int confidence) {
        Course course = content.course();
        FormCase formCase = course.formCase(caseId).orElseThrow(() -> new UnknownContentException("case " + caseId));
        if (!FormCase.NONE.equals(choice)
                && course.forms().stream().map(LaeForm::number).noneMatch(choice::equals)) {
            throw new UnknownContentException("form " + choice);
        }
        if (confidence < 1 || confidence > 5) {
            throw new IllegalArgumentException("confidence must be 1-5, was " + confidence);
        }
        long me = me();
        CaseAnswer answer =
                caseAnswers.findByAccountIdAndCaseId(me, caseId).orElseGet(() -> new CaseAnswer(me, caseId));
        answer.choose(choice, confidence, clock.instant());
        caseAnswers.save(answer);
        return feedback(formCase, choice, confidence);
    }

    /** The caseworker's earlier choice in a case, if any. */
    @Transactional(readOnly = true)
    public Optional<CaseFeedback> myCaseAnswer(String caseId) {
        Course course = content.course();
        return course.formCase(caseId)
                .flatMap(formCase -> caseAnswers
                        .findByAccountIdAndCaseId(me(), caseId)
                        .map(a -> feedback(formCase, a.getChoice(), a.getConfidence())));
    }

    /** Case id → the caseworker's choice, for the list of cases. */
    @Transactional(readOnly = true)
    public Map<String, String> myCaseChoices() {
        return caseAnswers.findByAccountId(me()).stream()
                .collect(Collectors.toMap(CaseAnswer::getCaseId, CaseAnswer::getChoice));
    }

    static CaseFeedback feedback(FormCase formCase, String choice, int confidence) {
        CaseFeedback.Verdict verdict = formCase.best().contains(choice)
                ? CaseFeedback.Verdict.BEST
                : formCase.defensible().contains(choice) ? CaseFeedback.Verdict.DEFENSIBLE : CaseFeedback.Verdict.OTHER;
        return new CaseFeedback(formCase.id(), choice, confidence, verdict);
    }

    private long me() {
        return currentUser.require().id().value();
    }
}
