package dk.attestkursus.learning;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.courserun.DemoRunSeeded;
import dk.attestkursus.learning.domain.LessonRead;
import dk.attestkursus.learning.domain.LessonReadRepository;
import dk.attestkursus.learning.domain.QuizAnswer;
import dk.attestkursus.learning.domain.QuizAnswerRepository;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo learning for the held demo run's team (profile {@code demo}): all but the last have completed
 * every module (so they can fetch a course certificate); the last has the final module left. Made when
 * the demo runs are ({@link DemoRunSeeded}, in that transaction).
 */
@Component
@Profile("demo")
class DemoLearning {

    private final CourseContent content;
    private final LessonReadRepository reads;
    private final QuizAnswerRepository answers;
    private final SystemUser system;
    private final Clock clock;

    DemoLearning(
            CourseContent content,
            LessonReadRepository reads,
            QuizAnswerRepository answers,
            SystemUser system,
            Clock clock) {
        this.content = content;
        this.reads = reads;
        this.answers = answers;
        this.system = system;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DemoRunSeeded run) {
        List<Long> team = run.team().stream().map(AccountId::value).toList();
        Course course = system.call(content::course);
        Instant at = clock.instant().minusSeconds(80L * 86_400);
        for (int i = 0; i < team.size(); i++) {
            List<Module> modules = i == team.size() - 1
                    ? course.modules().subList(0, course.modules().size() - 1)
                    : course.modules();
            for (Module module : modules) {
                for (var lesson : module.lessons()) {
                    reads.save(new LessonRead(team.get(i), lesson.id(), at));
                }
                for (Question question : module.quiz()) {
                    QuizAnswer answer = new QuizAnswer(team.get(i), question.id());
                    answer.answer(question.correctIndex(), true, at);
                    answers.save(answer);
                }
            }
        }
    }
}
