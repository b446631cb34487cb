package dk.attestkursus.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestClock;
import dk.attestkursus.testsupport.Unique;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The practice after the session end to end (issue 27): questions fall due on the practice days inside the
 * day's window, go to the outbox once with one link per answer, are answered once through a link without
 * logging in (a used, expired or broken link stores nothing), a wrong answer comes back at the next practice
 * day, an unsubscribed participant gets the question on the start page only, and two instances ask once.
 */
@IntegrationTest
class PracticeIT {

    static final Pattern LINK = Pattern.compile("token=([A-Za-z0-9_-]{43})&svar=([^\\s)\"<&]+)");

    @Autowired
    Fixtures fixtures;

    @Autowired
    PracticePlanner planner;

    @Autowired
    PracticeService practice;

    @Autowired
    CourseContent content;

    @Autowired
    SystemUser system;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    CourseRunId run;
    LocalDate session;
    String anna;
    String bent;

    /** A Tuesday at least 30 days ahead whose practice days (+2, +7, +21, +42) are working days, unmoved. */
    static LocalDate sessionDay() {
        LocalDate day = LocalDate.now(TimeConfig.ZONE).plusDays(30);
        while (!suits(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean suits(LocalDate day) {
        return day.getDayOfWeek() == java.time.DayOfWeek.TUESDAY
                && java.util.stream.IntStream.of(0, 2, 7, 21, 42)
                        .allMatch(d -> DanishCalendar.isWorkday(day.plusDays(d)));
    }

    @BeforeEach
    void setUp() {
        session = sessionDay();
        run = fixtures.run(
                "Øvelseshold " + Unique.tag(),
                session.atTime(9, 0).atZone(TimeConfig.ZONE).toInstant());
        anna = fixtures.account("anna", Role.PARTICIPANT);
        bent = fixtures.account("bent", Role.PARTICIPANT);
        fixtures.enrol(run, anna, EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, bent, EnrolmentRole.PARTICIPANT);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The course as the platform reads it (the content is for logged-in users and the system). */
    dk.attestkursus.content.Course course() {
        return system.call(() -> content.course());
    }

    Instant at(int daysAfter, int hour, int minute) {
        return session.plusDays(daysAfter)
                .atTime(hour, minute)
                .atZone(TimeConfig.ZONE)
                .toInstant();
    }

    int plan(Instant now) {
        clock.set(now);
        return system.call(() -> planner.planRun(run, now));
    }

    List<Map<String, Object>> mails() {
        return jdbc.queryForList(
                "select recipient_email, subject, text_body, html_body, status from mail_message where topic = ?"
                        + " order by id",
                "run-" + run.value() + "/oevelse");
    }

    List<Map<String, Object>> prompts(String username) {
        return jdbc.queryForList(
                "select step, item_key, mailed, answered_at, answer_key, correct, answered_via from practice_prompt"
                        + " where course_run_id = ? and account_id = ? order by step",
                run.value(),
                fixtures.id(username));
    }

    /** The answer links of the newest practice mail to the person: answer key to token. */
    Map<String, String> links(String username) {
        String text = mails().stream()
                .filter(m -> m.get("recipient_email").equals(username + "@example.dk"))
                .reduce((a, b) -> b)
                .map(m -> String.valueOf(m.get("text_body")))
                .orElseThrow();
        Map<String, String> links = new java.util.LinkedHashMap<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.put(java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8), m.group(1));
        }
        return links;
    }

    PracticeItem item(String username, int step) {
        String key = String.valueOf(prompts(username).get(step - 1).get("item_key"));
        return course().practice().item(key).orElseThrow();
    }

    static String wrongKey(PracticeItem item) {
        return item.options().stream()
                .filter(o -> !o.judgement().counts())
                .findFirst()
                .orElseThrow()
                .key();
    }

    static String rightKey(PracticeItem item) {
        return item.options().stream()
                .filter(o -> o.judgement() == PracticeItem.Judgement.RIGHT)
                .findFirst()
                .orElseThrow()
                .key();
    }

    @Test
    void the_day_two_question_is_mailed_once_answered_once_by_its_link_and_a_wrong_one_comes_back() {
        assertThat(plan(at(1, 10, 0))).as("day 1").isZero();
        assertThat(plan(at(2, 8, 30))).as("day 2 before the send time").isZero();
        assertThat(plan(at(2, 9, 5))).as("day 2").isEqualTo(2);
        assertThat(plan(at(2, 9, 10))).as("again, or a second instance").isZero();

        List<Map<String, Object>> mails = mails();
        assertThat(mails).hasSize(2);
        PracticeItem first = item(anna, 1);
        assertThat(first.id()).isEqualTo(course().practice().items().getFirst().id());
        String text = String.valueOf(mails.getFirst().get("text_body"));
        assertThat(text).contains(first.question()).contains("/oevelse/afmeld?token=");
        Map<String, String> annas = links(anna);
        assertThat(annas.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        first.options().stream().map(PracticeItem.Option::key).toList());
        assertThat(annas.values())
                .as("one token for the question")
                .hasSize(first.options().size())
                .containsOnly(annas.values().iterator().next());
        assertThat(jdbc.queryForObject(
                        "select count(*) from practice_prompt where token_hash = ?",
                        Integer.class,
                        annas.values().iterator().next()))
                .as("the raw token is not stored")
                .isZero();

        // Anna answers wrongly from the mail, without logging in.
        String wrong = wrongKey(first);
        LinkAnswer answered = fixtures.asAnonymous(() -> practice.answerByLink(annas.get(wrong), wrong));
        assertThat(answered.state()).isEqualTo(LinkAnswer.State.ANSWERED);
        assertThat(answered.feedback()).isNotNull();
        assertThat(answered.feedback().judgement()).isEqualTo(PracticeItem.Judgement.WRONG);
        assertThat(answered.feedback().explanationHtml()).isNotBlank();
        assertThat(answered.feedback().quote()).contains(answered.feedback().figure());
        assertThat(answered.feedback().sources()).isNotEmpty();

        // The link is used now, with any answer; nothing changes.
        String right = rightKey(first);
        assertThat(fixtures.asAnonymous(() -> practice.answerByLink(annas.get(right), right))
                        .state())
                .isEqualTo(LinkAnswer.State.USED);
        assertThat(prompts(anna).getFirst())
                .containsEntry("answer_key", wrong)
                .containsEntry("correct", false)
                .containsEntry("answered_via", "MAIL");

        // Broken links store nothing.
        Map<String, String> bents = links(bent);
        String bentToken = bents.values().iterator().next();
        assertThat(fixtures.asAnonymous(() -> practice.answerByLink(bentToken, "zzz"))
                        .state())
                .isEqualTo(LinkAnswer.State.NO_SUCH_ANSWER);
        assertThat(fixtures.asAnonymous(() -> practice.answerByLink(bentToken.substring(1) + "A", right))
                        .state())
                .isEqualTo(LinkAnswer.State.UNKNOWN);
        assertThat(fixtures.asAnonymous(() -> practice.answerByLink(null, null)).state())
                .isEqualTo(LinkAnswer.State.UNKNOWN);
        assertThat(prompts(bent).getFirst().get("answered_at")).isNull();

        // Day 7: Anna's wrong answer comes back; Bent, who did not answer, gets the next question.
        assertThat(plan(at(7, 9, 1))).isEqualTo(2);
        assertThat(item(anna, 2).id()).isEqualTo(first.id());
        assertThat(item(bent, 2).id()).isNotEqualTo(first.id());
        assertThat(mails()).hasSize(4);
    }

    @Test
    void no_question_goes_at_night_or_at_the_weekend_and_a_missed_day_is_not_sent_twice() {
        assertThat(plan(at(2, 18, 0))).isZero();
        assertThat(plan(at(2, 23, 30))).isZero();
        // Saturday after the session (a Tuesday): +4.
        assertThat(plan(at(4, 10, 0))).isZero();
        // The platform was down from day 2 to day 8: only day 7's question goes, once.
        assertThat(plan(at(8, 9, 0))).isEqualTo(2);
        assertThat(prompts(anna)).extracting(p -> p.get("step")).containsExactly(2);
        assertThat(plan(at(8, 12, 0))).isZero();
        assertThat(mails()).hasSize(2);
    }

    @Test
    void an_expired_link_says_so_and_stores_nothing() {
        plan(at(2, 9, 0));
        Map<String, String> links = links(anna);
        String key = links.keySet().iterator().next();
        clock.set(at(2, 9, 0).plus(Duration.ofDays(course().practice().answerDays())));
        assertThat(fixtures.asAnonymous(() -> practice.answerByLink(links.get(key), key))
                        .state())
                .isEqualTo(LinkAnswer.State.EXPIRED);
        assertThat(prompts(anna).getFirst().get("answered_at")).isNull();
    }

    @Test
    void the_start_page_shows_the_question_its_answer_uses_up_the_link_and_nobody_answers_anothers() {
        plan(at(2, 9, 0));
        PracticeOverview overview = fixtures.as(anna, () -> practice.mine());
        assertThat(overview.pending()).isNotNull();
        PracticeQuestion question = overview.pending();
        assertThat(question.choices()).hasSize(item(anna, 1).options().size());

        // Bent cannot answer Anna's question.
        assertThatThrownBy(() -> fixtures.as(bent, () -> practice.answerMine(question.promptId(), "myth")))
                .isInstanceOfSatisfying(
                        PracticeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PracticeRefusedException.Reason.NOT_FOUND));
        assertThatThrownBy(() -> fixtures.as(anna, () -> practice.answerMine(question.promptId(), "zzz")))
                .isInstanceOfSatisfying(
                        PracticeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PracticeRefusedException.Reason.NO_SUCH_ANSWER));
        assertThat(prompts(anna).getFirst().get("answered_at")).isNull();

        String right = rightKey(item(anna, 1));
        PracticeFeedback feedback = fixtures.as(anna, () -> practice.answerMine(question.promptId(), right));
        assertThat(feedback.judgement()).isEqualTo(PracticeItem.Judgement.RIGHT);
        assertThat(prompts(anna).getFirst())
                .containsEntry("answered_via", "PAGE")
                .containsEntry("correct", true);
        Map<String, String> links = links(anna);
        assertThat(fixtures.asAnonymous(() -> practice.answerByLink(links.get(right), right))
                        .state())
                .isEqualTo(LinkAnswer.State.USED);
        assertThatThrownBy(() -> fixtures.as(anna, () -> practice.answerMine(question.promptId(), right)))
                .isInstanceOf(PracticeRefusedException.class);

        PracticeOverview after = fixtures.as(anna, () -> practice.mine());
        assertThat(after.pending()).isNull();
        assertThat(after.answered()).isEqualTo(1);
        assertThat(after.right()).isEqualTo(1);
        assertThat(after.last()).isNotNull();

        // A right answer makes way for a new question.
        plan(at(7, 9, 0));
        assertThat(item(anna, 2).id()).isNotEqualTo(item(anna, 1).id());
    }

    @Test
    void an_unsubscribed_participant_gets_the_question_on_the_start_page_only_until_they_turn_mails_on() {
        plan(at(2, 9, 0));
        String token = links(anna).values().iterator().next();
        assertThat(fixtures.asAnonymous(() -> practice.unsubscribe(token))).isTrue();
        assertThat(fixtures.asAnonymous(() -> practice.unsubscribe("x".repeat(43))))
                .isFalse();
        assertThat(fixtures.as(anna, () -> practice.mine()).mailsOff()).isTrue();

        plan(at(7, 9, 0));
        assertThat(mails())
                .extracting(m -> m.get("recipient_email"))
                .containsExactlyInAnyOrder(anna + "@example.dk", bent + "@example.dk", bent + "@example.dk");
        assertThat(prompts(anna)).hasSize(2);
        assertThat(prompts(anna).get(1)).containsEntry("mailed", false);
        assertThat(fixtures.as(anna, () -> practice.mine()).pending()).isNotNull();

        fixtures.as(anna, () -> {
            practice.mails(true);
            return null;
        });
        plan(at(21, 9, 0));
        assertThat(mails())
                .filteredOn(m -> m.get("recipient_email").equals(anna + "@example.dk"))
                .hasSize(2);
    }

    @Test
    void two_instances_planning_at_once_ask_each_person_once() {
        clock.set(at(2, 9, 0));
        List<CompletableFuture<Integer>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(CompletableFuture.supplyAsync(() -> system.call(() -> planner.planRun(run, at(2, 9, 0)))));
        }
        int asked = both.stream().mapToInt(CompletableFuture::join).sum();
        assertThat(asked).isEqualTo(2);
        assertThat(prompts(anna)).hasSize(1);
        assertThat(mails()).hasSize(2);
    }

    @Test
    void a_caseworker_before_the_session_has_no_practice_and_others_cannot_use_the_participants_door() {
        assertThat(fixtures.as(anna, () -> practice.mine()).empty()).isTrue();
        assertThatThrownBy(() -> fixtures.as("admin", () -> practice.mine()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
