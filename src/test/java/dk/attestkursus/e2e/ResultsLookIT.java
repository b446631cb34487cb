package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.ResultsPage;
import dk.attestkursus.results.DemoExtract;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the demo leader's results look at a phone's, a laptop's and a wide screen's width: the headline
 * and the first chart are on screen at 1280 px without scrolling, nothing scrolls sideways at 360 px,
 * and axe finds nothing. Saves the screenshots under {@code target/results-look/} to look at, and
 * {@code docs/screenshots/leader-results-1280.png} for the documentation (remade by running this test).
 */
@IntegrationTest
class ResultsLookIT {

    static final Path LOOK = Path.of("target", "results-look");
    static final Path DOCS = Screenshots.docs("leader-results-1280.png");

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    ResultsService results;

    @Autowired
    Fixtures fixtures;

    /** The demo team's extract ({@link DemoExtract}), as a leader would have uploaded it. */
    @BeforeEach
    void theDemoTeamHasAnExtract() {
        fixtures.as(DemoUser.LEDER.username, () -> results.importExtract(null, DemoExtract.bytes()));
    }

    @AfterEach
    void andNoLongerAfterwards() {
        fixtures.as(DemoUser.LEDER.username, () -> results.deleteExtract(null));
    }

    @Test
    void the_leaders_results_open_with_a_headline_and_the_first_chart_and_fit_every_width() throws IOException {
        LoginPage.open(browser).login(DemoUser.LEDER.username, DemoUser.PASSWORD);
        browser.setViewportWidth(1280, 900);
        ResultsPage page = ResultsPage.open(browser, "");
        save("leader-results-1280.png");
        Files.createDirectories(DOCS.getParent());
        Files.write(DOCS, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        saveWhole(page, 1280, 900, "leader-results-1280-whole.png");

        assertThat(page.headline()).isEqualTo(DA.get("results.headline.better", 6, 6));
        assertThat(page.isOnScreen("results-headline"))
                .as("headline on screen at 1280 x 900")
                .isTrue();
        assertThat(page.isOnScreen("chart-kvalitet"))
                .as("first chart wholly on screen at 1280 x 900")
                .isTrue();
        assertThat(page.scrollsHorizontally()).isFalse();
        assertThat(page.chartIds()).containsExactly("kvalitet", "deltagelse", "selvvurdering", "handlinger", "udtraek");
        for (String chart : page.chartIds()) {
            String svg = page.chartSvg(chart);
            assertThat(ChartText.labels(svg))
                    .as("numbers with a decimal point in chart %s", chart)
                    .noneMatch(label -> label.matches("\\d+\\.\\d+"));
            assertThat(ChartText.pastTheRightEdge(svg))
                    .as("labels clipped in chart %s", chart)
                    .isEmpty();
        }
        Axe.assertNoViolations(browser);

        page.openAllTables();
        saveWhole(page, 1280, 900, "leader-results-1280-open.png");
        Axe.assertNoViolations(browser);

        browser.setViewportWidth(1920, 1080);
        page = ResultsPage.open(browser, "");
        save("leader-results-1920.png");
        assertThat(page.isOnScreen("chart-kvalitet"))
                .as("first chart wholly on screen at 1920 x 1080")
                .isTrue();
        saveWhole(page, 1920, 1080, "leader-results-1920-whole.png");

        browser.setViewportWidth(360, 740);
        page = ResultsPage.open(browser, "");
        save("leader-results-360.png");
        assertThat(page.scrollsHorizontally())
                .as("horizontal scrolling at 360 px")
                .isFalse();
        for (String chart : page.chartIds()) {
            assertThat(page.showsNarrowChart(chart))
                    .as("the phone's picture of chart %s", chart)
                    .isTrue();
            assertThat(ChartText.pastTheRightEdge(page.narrowChartSvg(chart)))
                    .as("labels clipped in chart %s at 360 px", chart)
                    .isEmpty();
        }
        page.openAllTables();
        assertThat(page.scrollsHorizontally())
                .as("horizontal scrolling at 360 px, tables open")
                .isFalse();
        saveWhole(page, 360, 740, "leader-results-360-open.png");
        Axe.assertNoViolations(browser);
    }

    private static void save(String name) throws IOException {
        Files.createDirectories(LOOK);
        Files.write(LOOK.resolve(name), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page in one picture: the window made as tall as the content, then back. */
    private static void saveWhole(ResultsPage page, int width, int height, String name) throws IOException {
        browser.setViewportWidth(width, Math.min(page.contentHeight() + 100, 16_000));
        save(name);
        browser.setViewportWidth(width, height);
    }
}
