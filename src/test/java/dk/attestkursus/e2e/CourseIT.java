package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Objective;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.LessonPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.ModulePage;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The caseworker finds the course: three learning objectives, three modules, and reads a lesson. */
@IntegrationTest
class CourseIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    CourseContent content;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void caseworker_sees_objectives_and_modules_and_reads_a_lesson() {
        Course course = TestAccounts.asAdmin(contexts, content::course);
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        CourseHomePage home = new CourseHomePage(browser);

        assertThat(home.objectives())
                .hasSize(3)
                .containsExactlyElementsOf(
                        course.objectives().stream().map(Objective::text).toList());
        List<Module> modules = course.modules();
        assertThat(home.moduleTitles())
                .hasSize(3)
                .containsExactlyElementsOf(IntStream.range(0, modules.size())
                        .mapToObj(i -> DA.get(
                                "course.home.moduleTitle", i + 1, modules.get(i).title()))
                        .toList());
        Module first = modules.getFirst();
        assertThat(home.nextStepText()).isEqualTo(DA.get("course.home.startModule", first.title()));

        ModulePage module = home.openModule(1);
        assertThat(module.path()).isEqualTo("/kursus/modul/" + first.key());
        assertThat(module.heading()).isEqualTo(first.title());
        assertThat(module.title()).isEqualTo(first.title());
        assertThat(module.lessonTitles())
                .containsExactlyElementsOf(
                        first.lessons().stream().map(Lesson::title).toList());
        assertThat(module.nextStepText())
                .as("the module's main action is its first lesson")
                .isEqualTo(DA.get("module.start", first.lessons().getFirst().title()));

        Lesson lesson = first.lessons().getFirst();
        LessonPage page = module.openLesson(1);
        assertThat(page.path()).isEqualTo("/kursus/modul/" + first.key() + "/" + lesson.slug());
        assertThat(page.heading()).isEqualTo(lesson.title());
        assertThat(page.bodyText()).isNotBlank();
        assertThat(page.sources()).hasSize(lesson.sourceIds().size());
        Lesson second = first.lessons().get(1);
        assertThat(page.nextLinkText()).isEqualTo(DA.get("lesson.next", second.title()));

        LessonPage next = page.openNextLesson();
        assertThat(next.path()).endsWith("/" + second.slug());
        assertThat(next.headingOnScreen())
                .as("the next lesson opens at its top")
                .isTrue();
        assertThat(next.heading()).isEqualTo(second.title());
    }
}
