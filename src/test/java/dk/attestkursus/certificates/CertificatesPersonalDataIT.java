package dk.attestkursus.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.learning.LearningStatisticsService;
import dk.attestkursus.learning.ModuleCompletion;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The certificates' personal data (issue 25): the export holds the person's certificates and their PDFs;
 * erasure deletes them and their codes then verify as "withdrawn or deleted".
 */
@IntegrationTest
class CertificatesPersonalDataIT {

    /** The address these look-ups come from (the look-up limit counts per address). */
    private static final String CLIENT = "192.0.2.125";

    @Autowired
    CertificatesPersonalData personalData;

    @Autowired
    CertificateService certificates;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    LearningService learning;

    @Autowired
    LearningStatisticsService learningStatistics;

    @Autowired
    CourseContent content;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    int count(String sql, Object value) {
        return jdbc.sql(sql).param(value).query(Integer.class).single();
    }

    String certified(CourseRunId run, String instructor) {
        String user = fixtures.account("bevis", Role.PARTICIPANT);
        fixtures.enrol(run, user, EnrolmentRole.PARTICIPANT);
        fixtures.as(instructor, () -> {
            enrolment.setAttended(run, new AccountId(fixtures.id(user)), true);
            return null;
        });
        for (Module module : fixtures.as("admin", content::course).modules()) {
            module.lessons().forEach(l -> fixtures.as(user, () -> learning.markRead(l.id())));
            module.quiz().forEach(q -> fixtures.as(user, () -> learning.answer(q.id(), q.correctIndex())));
        }
        return user;
    }

    /** Another participant of the run, so the group's figures may be read (five people or more). */
    AccountId fill(CourseRunId run) {
        String user = fixtures.account("fyld", Role.PARTICIPANT);
        fixtures.enrol(run, user, EnrolmentRole.PARTICIPANT);
        return new AccountId(fixtures.id(user));
    }

    @Test
    void declares_the_person_columns_of_its_tables() {
        assertThat(personalData.columns())
                .extracting(c -> c.table() + "." + c.column() + "=" + c.erasure())
                .containsExactlyInAnyOrder(
                        "certificate.account_id=DELETED",
                        "certificate.holder_name=DELETED",
                        "certificate.withdrawn_by=ACTOR",
                        "replaced_certificate.holder_name=DELETED",
                        "replaced_certificate.replaced_by=ACTOR");
    }

    @Test
    void export_holds_the_persons_certificates_and_pdf_and_erasure_deletes_them_so_the_codes_answer_erased() {
        CourseRunId run = fixtures.run("Slettehold", Instant.now().minus(10, ChronoUnit.DAYS));
        String instructor = fixtures.account("pk", Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT);
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
        String me = certified(run, instructor);
        String other = certified(run, instructor);
        AccountId mine = new AccountId(fixtures.id(me));
        AccountId theirs = new AccountId(fixtures.id(other));
        Certificate first = fixtures.as(me, certificates::mine).issued().orElseThrow();
        Certificate reissued = fixtures.as("admin", () -> certificates.reissue(run, mine, "Navnet var stavet forkert"));
        Certificate others = fixtures.as(other, certificates::mine).issued().orElseThrow();

        FeatureExport export = inTransaction(() -> personalData.export(mine));

        assertThat(export.data().get("certificates")).singleElement().satisfies(c -> {
            CertificatesPersonalData.IssuedToYou issued = (CertificatesPersonalData.IssuedToYou) c;
            assertThat(issued.code()).isEqualTo(reissued.code());
            assertThat(issued.runId()).isEqualTo(run.value());
            assertThat(issued.holderName()).isEqualTo("Test " + me);
            assertThat(issued.withdrawnAt()).isNull();
        });
        assertThat(export.data().get("earlierCodes")).singleElement().satisfies(c -> {
            CertificatesPersonalData.EarlierCode code = (CertificatesPersonalData.EarlierCode) c;
            assertThat(code.code()).isEqualTo(first.code());
            assertThat(code.reason()).isEqualTo("Navnet var stavet forkert");
        });
        assertThat(export.data().get("administratorActions")).isEmpty();
        assertThat(export.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).endsWith(reissued.printedCode() + ".pdf").startsWith("kursusbevis-");
            assertThat(new String(f.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
        assertThat(export.items()).isEqualTo(3);
        String json = JsonMapper.builder().findAndAddModules().build().writeValueAsString(export.data());
        assertThat(json)
                .as("nothing of the other person")
                .doesNotContain(others.code(), other)
                .contains(reissued.code(), first.code());
        AccountId admin = new AccountId(fixtures.id("admin"));
        assertThat(inTransaction(() -> personalData.export(admin)).data().get("administratorActions"))
                .as("the administrator's reissue, without whose certificate")
                .isNotEmpty();

        List<AccountId> group = List.of(mine, theirs, fill(run), fill(run), fill(run));
        ModuleCompletion completionBefore = fixtures.as("admin", () -> learningStatistics.completion(group));

        inTransaction(() -> {
            personalData.erase(mine);
            return null;
        });

        assertThat(count("select count(*) from certificate where account_id = ?", mine.value()))
                .isZero();
        assertThat(count("select count(*) from replaced_certificate where code = ?", first.code()))
                .isZero();
        assertThat(count("select count(*) from certificate where holder_name = ?", "Test " + me))
                .isZero();
        assertThat(jdbc.sql("select code from erased_certificate where code in (:codes)")
                        .param("codes", List.of(first.code(), reissued.code(), others.code()))
                        .query(String.class)
                        .list())
                .as("the codes only, nothing about the person")
                .containsExactlyInAnyOrder(first.code(), reissued.code());
        for (String code : List.of(first.code(), reissued.code())) {
            Verification v = certificates.verify(code, CLIENT).orElseThrow();
            assertThat(v.state()).isEqualTo(Verification.State.ERASED);
            assertThat(v.valid()).isFalse();
            assertThat(v.holderName()).isNull();
            assertThat(v.courseTitle()).isNull();
        }
        Verification stillValid = certificates.verify(others.code(), CLIENT).orElseThrow();
        assertThat(stillValid.state()).isEqualTo(Verification.State.VALID);
        assertThat(stillValid.holderName()).isEqualTo("Test " + other);
        assertThat(fixtures.as(other, certificates::mine).issued().map(Certificate::code))
                .contains(others.code());
        assertThat(fixtures.as("admin", () -> learningStatistics.completion(group)))
                .as("the certificates feed no figure; completion stays")
                .isEqualTo(completionBefore);
        assertThat(inTransaction(() -> personalData.export(mine)).items()).isZero();
        assertThat(inTransaction(() -> personalData.export(theirs)).items()).isEqualTo(2);
    }
}
