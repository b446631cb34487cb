package dk.attestkursus.learning;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Question;
import dk.attestkursus.courserun.DemoCourseRun;
import dk.attestkursus.learning.domain.LessonRead;
import dk.attestkursus.learning.domain.LessonReadRepository;
import dk.attestkursus.learning.domain.QuizAnswer;
import dk.attestkursus.learning.domain.QuizAnswerRepository;
import dk.attestkursus.security.DemoAccounts;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo learning for the held demo run's team: all but the last have completed every module (so they
 * can fetch a course certificate); the last has the final module left. Created once, after the runs.
 */
@Component
@Order(30)
class DemoLearning implements ApplicationRunner {

    private final DemoAccounts demoAccounts;
    private final DemoCourseRun demoRuns;
    private final CourseContent content;
    private final LessonReadRepository reads;
    private final QuizAnswerRepository answers;
    private final SystemUser system;
    private final Clock clock;

    DemoLearning(
            DemoAccounts demoAccounts,
            DemoCourseRun demoRuns,
            CourseContent content,
            LessonReadRepository reads,
            QuizAnswerRepository answers,
            SystemUser system,
            Clock clock) {
        this.demoAccounts = demoAccounts;
        this.demoRuns = demoRuns;
        this.content = content;
        this.reads = reads;
        this.answers = answers;
        this.system = system;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoRuns.heldRun().isEmpty()) {
            return;
        }
        List<Long> team = demoAccounts.teamIds();
        if (!reads.findByAccountId(team.getFirst()).isEmpty()) {
            return; // made at an earlier start
        }
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
