package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.RequestEditorPage;
import dk.attestkursus.testsupport.AppProcess;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Text typed while the server goes away is not lost (issue 18: after a crash 32 of 61 typed
 * characters were gone and the status still said "Gemt"). The application runs as a process of its
 * own on an H2 file database; it is killed outright while a caseworker types, and started again.
 */
class ServerCrashIT {

    private static final String EXERCISE = "oevelse-kim-lae-285";
    private static final String BEFORE = "Attesten skal bruges til at planlægge opfølgningen.";
    private static final String TYPED_DURING_CRASH = "Kim er lagerarbejder og har ondt i ryggen, når han løfter.";

    @TempDir
    Path work;

    private AppProcess app;
    private Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.kill();
        }
    }

    @Test
    void text_typed_when_the_server_dies_is_kept_in_the_browser_and_offered_back_after_login() {
        app = AppProcess.fromTestClasspath(work, List.of("-Xmx512m"))
                .withH2FileDatabase()
                .withArgs("--attestkursus.scheduling=false", "--vaadin.devmode.devTools.enabled=false")
                .start();
        browser = Browser.danishAt(app.baseUrl());
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        RequestEditorPage editor = RequestEditorPage.open(browser, EXERCISE);
        editor.type("request-purpose", BEFORE);
        assertThat(editor.shown()).isEqualTo("saved");

        // Typing, and the server dies before the pause in typing that would have sent the text.
        editor.typeOn("request-background", TYPED_DURING_CRASH);
        app.kill();
        editor.typeOn("request-background", " Slut.");

        String offline = editor.waitForStatus("offline");
        assertThat(offline)
                .startsWith("Ikke gemt")
                .contains("gemt i denne browser")
                .doesNotContain("Gemt kl.");
        assertThat(editor.value("request-background")).isEqualTo(TYPED_DURING_CRASH + " Slut.");

        app.start();
        // The old session is gone with the server: the user logs in again, as the page leads them to.
        browser.open(LoginPage.PATH);
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        RequestEditorPage again = RequestEditorPage.open(browser, EXERCISE);
        browser.findVisible(By.id("request-unsaved-use"));
        assertThat(again.offersUnsavedText()).isTrue();
        assertThat(again.unsavedOfferText()).contains("ikke nåede at blive gemt");
        assertThat(again.value("request-background"))
                .as("the server never had it")
                .isEmpty();
        assertThat(again.value("request-purpose")).isEqualTo(BEFORE);

        again.useUnsavedText();
        assertThat(again.value("request-background")).isEqualTo(TYPED_DURING_CRASH + " Slut.");
        assertThat(again.shown()).isEqualTo("saved");
        assertThat(RequestEditorPage.open(browser, EXERCISE).value("request-background"))
                .isEqualTo(TYPED_DURING_CRASH + " Slut.");
        assertThat(new RequestEditorPage(browser).offersUnsavedText()).isFalse();
    }
}
