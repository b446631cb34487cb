package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.attestkursus.content.Slide;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.PresentationPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.session.SessionBlock;
import dk.attestkursus.session.SessionService;
import dk.attestkursus.session.SessionSnapshot;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The projector shows real 16:9 slides: every slide of the deck, as the session goes through it,
 * fills a 16:9 frame, fits it without being clipped, and is set in type that can be read from the
 * back of a room; the audit's figures are figures.
 */
@IntegrationTest
class PresentationIT {

    @RegisterExtension
    static final Browser projector = Browser.danish();

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SessionService sessions;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void every_slide_is_a_16_to_9_slide_in_large_type_that_nothing_clips() throws Exception {
        CreatedAccount gp =
                new TestAccounts(accounts, contexts).createInstructor("projektor", InstructorKind.PRACTICE_CONSULTANT);
        String user = gp.account().username();
        CourseRunId run = fixtures.run("Projektorhold", Instant.now().plus(5, ChronoUnit.MINUTES));
        fixtures.enrol(run, user, EnrolmentRole.INSTRUCTOR);
        LoginPage.open(projector).login(user, gp.initialPassword());
        PresentationPage screen = PresentationPage.open(projector, run.value()).viewport(1280, 720);
        Axe.assertNoViolations(projector);

        SessionSnapshot s = fixtures.as(user, () -> sessions.start(run));
        int checked = 0;
        boolean figures = false;
        while (s.running()) {
            SessionBlock block = s.current().orElseThrow();
            for (int i = 0; i < block.slides().size(); i++) {
                int index = i;
                Slide slide = block.slides().get(i);
                fixtures.as(user, () -> sessions.slide(run, block.id(), index));
                screen.waitForSlide(slide.title());
                Map<String, Number> m = screen.measure();
                double width = m.get("width").doubleValue();
                assertThat(width / m.get("height").doubleValue())
                        .as("shape of '%s'", slide.title())
                        .isCloseTo(16.0 / 9, within(0.01));
                assertThat(width).isCloseTo(1280, within(1.0));
                assertThat(m.get("stage").doubleValue())
                        .as("the slide fills its frame")
                        .isCloseTo(m.get("height").doubleValue(), within(1.0));
                assertThat(m.get("overflow").intValue())
                        .as("'%s' is clipped", slide.title())
                        .isZero();
                if (m.get("sourceBottom").doubleValue() >= 0) {
                    assertThat(m.get("sourceBottom").doubleValue())
                            .as("source of '%s' at the foot", slide.title())
                            .isLessThan(0.1 * m.get("height").doubleValue());
                }
                assertThat(m.get("title").doubleValue())
                        .as("title of '%s'", slide.title())
                        .isGreaterThan(0.045 * width);
                if (m.get("body").doubleValue() > 0) {
                    assertThat(m.get("body").doubleValue())
                            .as("text of '%s'", slide.title())
                            .isGreaterThan(0.03 * width);
                }
                if (m.get("figure").doubleValue() > 0) {
                    figures = true;
                    assertThat(m.get("figure").doubleValue())
                            .as("figure of '%s'", slide.title())
                            .isGreaterThan(0.055 * width)
                            .isGreaterThan(m.get("title").doubleValue());
                }
                if (slide.markdown().contains("**750**")) {
                    Screenshots.window(projector, Screenshots.folder().resolve("slide-audit-1280.png"));
                    screen.viewport(1920, 1080);
                    assertThat(screen.measure().get("overflow").intValue()).isZero();
                    Screenshots.window(projector, Screenshots.folder().resolve("slide-audit-1920.png"));
                    Axe.assertNoViolations(projector);
                    screen.viewport(1280, 720);
                }
                checked++;
            }
            SessionBlock current = block;
            s = fixtures.as(user, () -> sessions.advance(run, current.id()));
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(figures).as("the audit's figures are shown as figures").isTrue();
    }
}
