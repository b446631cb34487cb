package dk.attestkursus.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request exercises' personal data (issue 25): one caseworker's export holds their drafts, versions,
 * feedback and PDFs and nothing of another's; erasing takes their texts and keeps the leaders' rubric
 * figures as they were; retention purges the texts of expired runs only.
 */
@IntegrationTest
class RequestsPersonalDataIT {

    static final String OWN = "egen-anmodning-foer";
    static final String KIM = ExerciseServiceIT.EXERCISE;

    @Autowired
    RequestsPersonalData personalData;

    @Autowired
    ExerciseService exercises;

    @Autowired
    ReviewService reviews;

    @Autowired
    RubricStatisticsService rubric;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String anna;
    String bo;
    String instructor;
    String tagA;
    String tagB;
    List<String> group;

    @BeforeEach
    void people() {
        anna = fixtures.account("anna", Role.PARTICIPANT);
        bo = fixtures.account("bo", Role.PARTICIPANT);
        instructor = fixtures.account("underviser", Role.INSTRUCTOR);
        tagA = "annatekst" + Unique.tag();
        tagB = "botekst" + Unique.tag();
        group = List.of(
                anna,
                bo,
                fixtures.account("tre", Role.PARTICIPANT),
                fixtures.account("fire", Role.PARTICIPANT),
                fixtures.account("fem", Role.PARTICIPANT));
    }

    private CourseRunId run(Instant startsAt, String... participants) {
        CourseRunId run = fixtures.run("Privatliv", startsAt);
        for (String participant : participants) {
            fixtures.enrol(run, participant, EnrolmentRole.PARTICIPANT);
        }
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
        return run;
    }

    private static RequestFields fields(String tag) {
        return new RequestFields(
                "LÆ 285",
                "Formål " + tag + ": planlægge opfølgning med arbejdsgiveren.",
                "Baggrund " + tag + ": borgeren er sygemeldt med rygsmerter.",
                List.of("Spørgsmål " + tag + ": hvilke skånehensyn skal der tages?"),
                true,
                "Samtykke " + tag,
                "Bilag " + tag);
    }

    /** Sends the own-case request and returns the instructor's feedback with this score on every criterion. */
    private RequestVersionId sentAndReturned(String who, CourseRunId run, String tag, int score) {
        MyRequest sent = fixtures.as(who, () -> exercises.submit(OWN, run, fields(tag), -1));
        RequestVersionId version = sent.versions().getLast().id();
        Review opened = fixtures.as(instructor, () -> reviews.open(version));
        Map<String, ReviewInput.Criterion> criteria = new HashMap<>();
        ReviewServiceIT.CRITERIA.forEach(
                c -> criteria.put(c, new ReviewInput.Criterion(score, "Kommentar " + tag, RequestField.PURPOSE)));
        fixtures.as(
                instructor,
                () -> reviews.returnToWriter(
                        version,
                        new ReviewInput(criteria, "Samlet " + tag, "Lægen læser " + tag),
                        opened.reviewVersion()));
        return version;
    }

    private RubricTotals figures() {
        List<AccountId> ids =
                group.stream().map(u -> new AccountId(fixtures.id(u))).toList();
        return fixtures.as("admin", () -> rubric.ownCase(Writing.OwnCase.BEFORE, ids));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    /** Every text the request tables hold, in one string. */
    private String everythingStored() {
        return String.join("\n", jdbc.queryForList("""
                        select purpose || background || questions || consent_for || enclosures from request_draft
                        union all
                        select purpose || background || questions || consent_for || enclosures from request_version
                        union all select overall || gp_reading from request_review
                        union all select comment from review_score""", String.class));
    }

    @Test
    void the_export_holds_the_persons_requests_and_feedback_once_and_nothing_of_anyone_else() throws Exception {
        CourseRunId run = run(Instant.now().plusSeconds(86_400), anna, bo);
        sentAndReturned(anna, run, tagA, 2);
        MyRequest revised = fixtures.as(anna, () -> exercises.myRequest(OWN));
        fixtures.as(anna, () -> exercises.submit(OWN, run, fields(tagA + "anden"), revised.version()));
        fixtures.as(anna, () -> exercises.save(KIM, fields(tagA + "kladde"), -1));
        sentAndReturned(bo, run, tagB, 1);

        FeatureExport export = fixtures.as("admin", () -> personalData.export(new AccountId(fixtures.id(anna))));

        assertThat(export.data()).containsOnlyKeys("drafts", "versions");
        assertThat(export.data().get("drafts")).hasSize(2);
        assertThat(export.data().get("versions")).hasSize(2);
        String json = JsonMapper.builder().build().writeValueAsString(export.data());
        assertThat(json)
                .contains("Formål " + tagA + ":", "Kommentar " + tagA, "Samlet " + tagA, "Lægen læser " + tagA)
                .contains(tagA + "anden", tagA + "kladde")
                .doesNotContain(tagB, bo);
        assertThat(json.split("Samlet " + tagA, -1)).as("the feedback once").hasSize(2);
        assertThat(export.files())
                .extracting(FeatureExport.ExportFile::name)
                .containsExactly("anmodning-" + OWN + "-v1.pdf", "anmodning-" + OWN + "-v2.pdf");
        try (PDDocument pdf = Loader.loadPDF(export.files().getFirst().bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Formål " + tagA, "Samlet " + tagA).doesNotContain(tagB);
        }
    }

    @Test
    void erasing_takes_the_persons_texts_and_keeps_the_leaders_figures_exactly() {
        CourseRunId run = run(Instant.now().plusSeconds(86_400), anna, bo);
        sentAndReturned(anna, run, tagA, 2);
        sentAndReturned(bo, run, tagB, 1);
        fixtures.as(anna, () -> exercises.save(KIM, fields(tagA + "kladde"), -1));
        RubricTotals before = figures();
        assertThat(before.of("purpose")).isEqualTo(new RubricTotals.Sum(3, 2));
        assertThat(everythingStored()).contains(tagA, tagB);

        long id = fixtures.id(anna);
        inTransaction(() -> {
            personalData.erase(new AccountId(id));
            return null;
        });

        assertThat(everythingStored()).doesNotContain(tagA).contains("Formål " + tagB, "Kommentar " + tagB);
        assertThat(figures()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from request_version where account_id = ?", Integer.class, id))
                .as("the version stays as an anonymous row")
                .isEqualTo(1);
        FeatureExport after = fixtures.as("admin", () -> personalData.export(new AccountId(id)));
        assertThat(JsonMapper.builder().build().writeValueAsString(after.data()))
                .doesNotContain(tagA);
    }

    @Test
    void retention_purges_exactly_the_texts_of_runs_whose_last_follow_up_expired() {
        // A moment long ago that no other test's run has, and everything older purged first.
        LocalDate day =
                LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        Instant session = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant cutoff = session.plusSeconds(60L * 86_400);
        inTransaction(() -> personalData.retention(cutoff, true));

        CourseRunId expired = run(session, anna);
        CourseRunId going = run(session, bo);
        // The second run's own last follow-up is after the cutoff: its texts stay.
        jdbc.update(
                "update course_run set follow_up_second = ? where id = ?",
                java.sql.Date.valueOf(day.plusDays(90)),
                going.value());
        sentAndReturned(anna, expired, tagA, 2);
        sentAndReturned(bo, going, tagB, 2);
        RubricTotals before = figures();

        // Anna: her draft, her version, its review and its six score comments.
        int counted = inTransaction(() -> personalData.retention(cutoff, false));
        assertThat(counted).isEqualTo(1 + 1 + 1 + ReviewServiceIT.CRITERIA.size());
        assertThat(everythingStored()).contains(tagA);
        int purged = inTransaction(() -> personalData.retention(cutoff, true));

        assertThat(purged).isEqualTo(counted);
        assertThat(everythingStored()).doesNotContain(tagA).contains("Formål " + tagB, "Kommentar " + tagB);
        assertThat(figures()).isEqualTo(before);
        assertThat(inTransaction(() -> personalData.retention(cutoff, false))).isZero();
    }
}
