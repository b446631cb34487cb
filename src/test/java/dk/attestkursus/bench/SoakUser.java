package dk.attestkursus.bench;

import dk.attestkursus.e2e.Browser;
import dk.attestkursus.e2e.Texts;
import dk.attestkursus.e2e.pages.AccountsPage;
import dk.attestkursus.e2e.pages.AdminHomePage;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.FormGuidePage;
import dk.attestkursus.e2e.pages.InstructorHomePage;
import dk.attestkursus.e2e.pages.LeaderHomePage;
import dk.attestkursus.e2e.pages.LessonPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MailLogPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.MythPage;
import dk.attestkursus.e2e.pages.QuizPage;
import dk.attestkursus.e2e.pages.RequestEditorPage;
import dk.attestkursus.e2e.pages.ResultsPage;
import dk.attestkursus.e2e.pages.ReviewPage;
import dk.attestkursus.e2e.pages.RunsPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;

/**
 * One simulated user of the soak benchmark: a headless Chromium of its own, logging in with a demo
 * account and walking its role's journey over and over, with a think time between actions, until the
 * soak ends. An action that fails is recorded (with a screenshot), the session is dropped as a user
 * closing the tab would, and the next journey starts with a new login: one client hiccup never ends
 * the soak.
 */
abstract class SoakUser implements Runnable {

    static final String PASSWORD = "demo";
    private static final Texts DA = Texts.DA;

    final String username;
    final String role;
    final Browser browser;
    final Random random;
    final SoakRun run;
    private int journeys;
    private int actions;
    private int failures;
    private int draftCounter;

    SoakUser(String username, String role, SoakRun run, long seed) {
        this.username = username;
        this.role = role;
        this.run = run;
        this.random = new Random(seed);
        this.browser = Browser.danishAt(run.baseUrl()).withTimeout(run.config().waitTime());
    }

    /** One pass through the role's journey, from the login page to logging out or closing the tab. */
    abstract void journey();

    @Override
    public void run() {
        try {
            while (!run.stopping()) {
                try {
                    journey();
                    journeys++;
                    run.journeyDone(role);
                } catch (Stop stop) {
                    return;
                } catch (ActionFailed failed) {
                    failures++;
                    recover(failed);
                }
                if (!think()) {
                    return;
                }
            }
        } finally {
            try {
                browser.close();
            } catch (RuntimeException e) {
                // the browser is gone already
            }
        }
    }

    int journeys() {
        return journeys;
    }

    int actions() {
        return actions;
    }

    int failures() {
        return failures;
    }

    /** A pause as a user reading or thinking takes; false when the soak is over. */
    boolean think() {
        Duration think = run.config().thinkTime(random);
        return !run.awaitStop(think);
    }

    /** Thinks, then runs the action; throws {@link Stop} when the soak ends meanwhile. */
    final <T> T thinkThen(String action, Supplier<T> step) {
        if (!think()) {
            throw new Stop();
        }
        return act(action, step);
    }

    final void thinkThen(String action, Runnable step) {
        thinkThen(action, () -> {
            step.run();
            return null;
        });
    }

    final void act(String action, Runnable step) {
        act(action, () -> {
            step.run();
            return null;
        });
    }

    /**
     * Runs one user action and times it. Afterwards the page is checked for Vaadin's own error box
     * ("Internal error", "Session expired", the server gone): that counts as a failure, as a timeout
     * does. A warning the app itself shows (e.g. a conflict) is noted, not failed.
     */
    final <T> T act(String action, Supplier<T> step) {
        if (run.stopping()) {
            throw new Stop();
        }
        long start = System.nanoTime();
        T result;
        try {
            result = step.get();
        } catch (Stop stop) {
            throw stop;
        } catch (RuntimeException | AssertionError e) {
            noteAppWarning(action);
            throw new ActionFailed(action, classify(e), e, System.nanoTime() - start);
        }
        String vaadinError = vaadinError();
        if (vaadinError != null) {
            throw new ActionFailed(
                    action, "vaadin-error", new IllegalStateException(vaadinError), System.nanoTime() - start);
        }
        noteAppWarning(action);
        actions++;
        run.actionDone(role, action, System.nanoTime() - start);
        return result;
    }

    private static String classify(Throwable e) {
        if (e instanceof TimeoutException) {
            return "timeout";
        }
        if (e instanceof NoSuchSessionException
                || e instanceof WebDriverException
                        && String.valueOf(e.getMessage()).contains("chrome not reachable")) {
            return "browser";
        }
        if (e instanceof AssertionError) {
            return "unexpected page";
        }
        return "other";
    }

    /** The text of Vaadin's system error box or error view, if the page shows one. */
    private String vaadinError() {
        try {
            return browser.script("""
                    const box = document.querySelector('.v-system-error');
                    if (box && box.offsetParent !== null) { return box.textContent.trim() || 'system error box'; }
                    const text = document.body ? document.body.innerText : '';
                    if (text.includes('There was an exception while trying to navigate')) { return text.substring(0, 300); }
                    return null;""");
        } catch (RuntimeException e) {
            return null; // no page to ask (about:blank after closing the tab)
        }
    }

    private void noteAppWarning(String action) {
        try {
            String text = browser.script("""
                    const cards = [...document.querySelectorAll('vaadin-notification-card')]
                      .filter(c => /warning|error/.test(c.getAttribute('theme') || ''));
                    return cards.length ? cards.map(c => c.textContent.trim()).join(' | ') : null;""");
            if (text != null) {
                run.appWarning(username, action, text);
            }
        } catch (RuntimeException e) {
            // about:blank, or the page is changing: nothing to note
        }
    }

    /** After a failed action: evidence, then the session dropped so the next journey logs in again. */
    private void recover(ActionFailed failed) {
        String url = "?";
        if (!"browser".equals(failed.kind)) {
            try {
                url = browser.driver().getCurrentUrl();
            } catch (RuntimeException e) {
                // the browser cannot tell
            }
        }
        String screenshot = run.failure(this, failed, url);
        if (!"browser".equals(failed.kind)) {
            browser.saveEvidence(run.config().screenshots(), screenshot);
        }
        boolean newBrowser = "browser".equals(failed.kind);
        if (!newBrowser) {
            try {
                browser.abandonSession();
            } catch (RuntimeException e) {
                newBrowser = true;
            }
        }
        if (newBrowser) {
            browser.close(); // the next use starts a new Chromium,
            run.leftBehind(username); // whose first anonymous request (its favicon) opens a session of its own
        }
        run.leftBehind(username);
    }

    // ---- steps shared by the roles ----

    MainLayoutPage login() {
        return act("log in", () -> {
            LoginPage login = LoginPage.open(browser);
            MainLayoutPage page = login.login(username, PASSWORD);
            if (LoginPage.isShown(browser)) {
                throw new AssertionError("still on the login page after logging in as " + username);
            }
            return page;
        });
    }

    /** Logs out, or now and then (one time in five) just closes the tab, leaving the session behind. */
    void leave() {
        if (random.nextInt(5) == 0) {
            thinkThen("close the tab", () -> browser.abandonSession());
            run.leftBehind(username);
        } else {
            thinkThen("log out", () -> new MainLayoutPage(browser).logout());
        }
    }

    String draftText(String base) {
        draftCounter++;
        // No digits runs that could look like a CPR number: the counter stays short.
        return base + " (udkast " + username + " " + draftCounter + ")";
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** The soak is over: leave the journey where it stands. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** A user action that did not complete. */
    static final class ActionFailed extends RuntimeException {
        final String action;
        final String kind;
        final long nanos;

        ActionFailed(String action, String kind, Throwable cause, long nanos) {
            super(action + " (" + kind + "): " + firstLine(cause), cause);
            this.action = action;
            this.kind = kind;
            this.nanos = nanos;
        }

        private static String firstLine(Throwable e) {
            String text = e.getClass().getSimpleName() + ": " + e.getMessage();
            int newline = text.indexOf('\n');
            return newline < 0 ? text : text.substring(0, newline);
        }
    }

    // ---- the roles ----

    /**
     * A caseworker: start page, a lesson, a knowledge-check question, a request draft typed until
     * "Gemt" (sometimes submitted for feedback), a myth, the form guide, then out.
     */
    static final class Caseworker extends SoakUser {

        private static final List<String> MODULES =
                List.of("01-roller-og-ansvar", "02-vaelg-den-rette-attest", "03-maalrettede-anmodninger");
        private static final List<String[]> EXERCISES = List.of(
                new String[] {"oevelse-kim-lae-285", "LÆ 285"},
                new String[] {"oevelse-peter-lae-265", "LÆ 265"},
                new String[] {"oevelse-anne-lae-125", "LÆ 125"},
                new String[] {"oevelse-sofie-lae-135", "LÆ 135"},
                new String[] {"oevelse-bo-lae-225", "LÆ 225"});
        private static final List<String> PURPOSES = List.of(
                "Svaret skal bruges til at planlægge den første opfølgningssamtale og lettere opgaver hos arbejdsgiveren.",
                "Vi skal vurdere, hvilke skånehensyn borgeren har brug for de næste fire uger.",
                "Lægens vurdering skal indgå i forberedelsen af sagen til rehabiliteringsteamet.");
        private static final List<String> SEARCHES = List.of("sygedagpenge", "LÆ 265", "LÆ 125", "LÆ 285");
        private static final List<String> GUESSES =
                List.of(DA.get("myths.answer.myth"), DA.get("myths.answer.fact"), DA.get("myths.answer.dont_know"));

        Caseworker(String username, SoakRun run, long seed) {
            super(username, "caseworker", run, seed);
        }

        @Override
        void journey() {
            login();
            thinkThen("start page", () -> CourseHomePage.open(browser).progressPercent());
            thinkThen("read a lesson", () -> {
                LessonPage lesson = CourseHomePage.open(browser)
                        .openModule(1 + random.nextInt(3))
                        .openLesson(1 + random.nextInt(3));
                lesson.bodyText();
                if (!lesson.isMarkedRead() && chance(30)) {
                    lesson.markRead();
                }
            });
            thinkThen("answer a question", () -> {
                browser.open("/kursus/modul/" + pick(MODULES) + "/videnstjek");
                QuizPage quiz = new QuizPage(browser);
                if (quiz.openQuestionIds().isEmpty() && quiz.canRetryWrong()) {
                    quiz.retryWrong();
                }
                List<String> open = quiz.openQuestionIds();
                if (open.isEmpty()) {
                    quiz.summaryText(); // every question answered right: only read the summary
                } else {
                    String question = pick(open);
                    quiz.answerShown(question, random.nextInt(quiz.optionCount(question)));
                }
            });
            writeRequest();
            if (chance(60)) {
                thinkThen("guess a myth", () -> {
                    MythPage myths = MythPage.openList(browser);
                    MythPage myth = myths.openMyth(pick(myths.mythIds()));
                    if (myth.canGuess()) {
                        myth.guess(pick(GUESSES), 1 + random.nextInt(5));
                    } else {
                        myth.verdict();
                    }
                });
            }
            if (chance(50)) {
                thinkThen(
                        "search the form guide",
                        () -> FormGuidePage.open(browser).search(pick(SEARCHES)).cardNumbers());
            }
            leave();
        }

        private void writeRequest() {
            String[] exercise = pick(EXERCISES);
            String status = thinkThen(
                    "open a request",
                    () -> RequestEditorPage.open(browser, exercise[0]).status());
            boolean editable = List.of("NOT_STARTED", "DRAFT", "RETURNED").contains(status);
            if (!editable) {
                if (chance(30)) {
                    thinkThen("download a request PDF", () -> {
                        byte[] pdf = new RequestEditorPage(browser).pdf(1);
                        if (pdf.length < 4 || !new String(pdf, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
                            throw new AssertionError("not a PDF: " + pdf.length + " bytes");
                        }
                    });
                }
                return;
            }
            thinkThen("type a draft until saved", () -> {
                RequestEditorPage editor = new RequestEditorPage(browser);
                editor.type("request-purpose", draftText(pick(PURPOSES)));
                String saved = editor.savedText();
                if (!saved.startsWith(DA.get("requests.saved", "").strip())) {
                    throw new AssertionError("draft not saved: '" + saved + "'");
                }
            });
            if (chance(35)) {
                thinkThen("submit a request", () -> {
                    RequestEditorPage editor = new RequestEditorPage(browser);
                    editor.chooseForm(exercise[1]); // the select's value is an item key even for "not chosen yet"
                    if (editor.value("request-question-1") == null
                            || editor.value("request-question-1").isBlank()) {
                        editor.type("request-question-1", "Hvilke skånehensyn skal der tages de næste fire uger?");
                    }
                    editor.submit();
                    if (!"SUBMITTED".equals(editor.status())) {
                        throw new AssertionError("submitted, but the status is " + editor.status());
                    }
                });
                run.submitted();
            }
        }
    }

    /**
     * An instructor: start page, the review queue of one run (scoring and returning the oldest request
     * that waits, if any), the runs page and a run, then out.
     */
    static final class Instructor extends SoakUser {

        private static final List<String> CRITERIA =
                List.of("purpose", "form", "questions", "roles", "language", "information");
        private final String runName;

        /** {@code runName}: the run whose queue this instructor works through (null: the page's default). */
        Instructor(String username, String runName, SoakRun run, long seed) {
            super(username, "instructor", run, seed);
            this.runName = runName;
        }

        @Override
        void journey() {
            login();
            act("start page", () -> new InstructorHomePage(browser).runNames());
            int open = thinkThen("open the review queue", () -> {
                ReviewPage queue = ReviewPage.openQueue(browser);
                if (runName != null) {
                    queue.chooseRun(runName);
                }
                List<String> statuses = queue.statuses();
                for (int i = 0; i < statuses.size(); i++) {
                    String s = statuses.get(i);
                    if (s.equals(DA.get("requests.status.submitted"))
                            || s.equals(DA.get("requests.status.in_review"))) {
                        return i;
                    }
                }
                return -1;
            });
            if (open >= 0) {
                thinkThen("review and return a request", () -> {
                    ReviewPage review = new ReviewPage(browser).openCard(open);
                    review.requestText();
                    for (String criterion : CRITERIA) {
                        review.score(criterion, random.nextInt(3), "");
                    }
                    review.gpReading("Som læge kan jeg svare på det her ud fra journalen.");
                    review.returnFeedback();
                });
                run.returned();
            }
            thinkThen("open a run", () -> {
                RunsPage runs = RunsPage.open(browser);
                int count = runs.runCount();
                if (count > 0) {
                    runs.openRun(random.nextInt(count)).participantCount();
                }
            });
            if (chance(40)) {
                thinkThen("learning overview", () -> {
                    browser.open("/underviser/laering");
                    return browser.find(By.tagName("h1")).getText();
                });
            }
            leave();
        }
    }

    /** The leader: the team's results, a table as CSV, now and then the PDF report, then out. */
    static final class Leader extends SoakUser {

        Leader(String username, SoakRun run, long seed) {
            super(username, "leader", run, seed);
        }

        @Override
        void journey() {
            login();
            act("start page", () -> new LeaderHomePage(browser).teamSize());
            thinkThen("open the results", () -> {
                ResultsPage results = new LeaderHomePage(browser).openResults();
                if (results.rows("kvalitet").isEmpty()) {
                    throw new AssertionError("no rows in the quality table");
                }
            });
            thinkThen("download a CSV", () -> {
                byte[] csv = new ResultsPage(browser).csv("kvalitet");
                if (csv.length < 20) {
                    throw new AssertionError("CSV of " + csv.length + " bytes");
                }
            });
            if (chance(30)) {
                thinkThen("download the PDF report", () -> {
                    byte[] pdf = new ResultsPage(browser).pdfReport();
                    if (pdf.length < 4 || !new String(pdf, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
                        throw new AssertionError("not a PDF: " + pdf.length + " bytes");
                    }
                });
            }
            leave();
        }
    }

    /** The administrator: the overview, the mail log (its totals are kept), an account, sometimes all results. */
    static final class Admin extends SoakUser {

        private static final List<String> ACCOUNTS = List.of(
                "sagsbehandler",
                "ali",
                "birthe",
                "camilla",
                "dorte",
                "emil",
                "frida",
                "praksiskonsulent",
                "jobcenter",
                "leder");

        Admin(String username, SoakRun run, long seed) {
            super(username, "admin", run, seed);
        }

        @Override
        void journey() {
            login();
            act("start page", () -> new AdminHomePage(browser).todoText());
            String totals = thinkThen(
                    "read the mail log", () -> MailLogPage.open(browser).totals());
            run.mailTotals(totals);
            thinkThen("find an account", () -> AccountsPage.open(browser).waitForRow(pick(ACCOUNTS)));
            if (chance(30)) {
                thinkThen(
                        "results of all teams",
                        () -> ResultsPage.open(browser, "").rows("kvalitet"));
            }
            leave();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s)", username, role);
    }
}
