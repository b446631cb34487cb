package dk.attestkursus.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Certificates on a real database: what is missing, issuing once, verification, a run's certificates, refusals. */
@IntegrationTest
class CertificateServiceIT {

    /** The address the look-ups come from; the limit's own test uses addresses of its own. */
    private static final String CLIENT = "192.0.2.10";

    @Autowired
    CertificateService certificates;

    @Autowired
    TestClock clock;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    LearningService learning;

    @Autowired
    CourseContent content;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    Course course() {
        return fixtures.as("admin", content::course);
    }

    record Run(CourseRunId id, String consultant, String jobcenter) {}

    Run heldRun() {
        CourseRunId run = fixtures.run("Bevishold", Instant.now().minus(10, ChronoUnit.DAYS));
        String pk = fixtures.account("pk", Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT);
        String jc = fixtures.account("jc", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
        fixtures.enrol(run, pk, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, jc, EnrolmentRole.INSTRUCTOR);
        return new Run(run, pk, jc);
    }

    String participant(Run run, boolean attended, boolean completed) {
        String user = fixtures.account("bevis", Role.PARTICIPANT);
        fixtures.enrol(run.id(), user, EnrolmentRole.PARTICIPANT);
        if (attended) {
            fixtures.as(run.jobcenter(), () -> {
                enrolment.setAttended(run.id(), new AccountId(fixtures.id(user)), true);
                return null;
            });
        }
        if (completed) {
            completeEverything(user);
        }
        return user;
    }

    void completeEverything(String user) {
        for (Module module : course().modules()) {
            module.lessons().forEach(l -> fixtures.as(user, () -> learning.markRead(l.id())));
            module.quiz().forEach(q -> fixtures.as(user, () -> learning.answer(q.id(), q.correctIndex())));
        }
    }

    int stored(String user) {
        return jdbc.sql("select count(*) from certificate where account_id = ?")
                .param(fixtures.id(user))
                .query(Integer.class)
                .single();
    }

    @Test
    void a_caseworker_who_has_not_attended_nor_completed_sees_what_is_missing_and_gets_nothing() {
        Run run = heldRun();
        String user = participant(run, false, false);

        MyCertificate mine = fixtures.as(user, certificates::mine);

        assertThat(mine.issued()).isEmpty();
        assertThat(mine.runName()).isEqualTo("Bevishold");
        assertThat(mine.attended()).isFalse();
        assertThat(mine.unfinished())
                .extracting(MyCertificate.UnfinishedModule::key)
                .containsExactlyElementsOf(
                        course().modules().stream().map(Module::key).toList());
        assertThat(stored(user)).isZero();
    }

    @Test
    void attending_without_completing_or_completing_without_attending_gives_no_certificate() {
        Run run = heldRun();
        String onlyAttended = participant(run, true, false);
        String onlyCompleted = participant(run, false, true);

        MyCertificate first = fixtures.as(onlyAttended, certificates::mine);
        MyCertificate second = fixtures.as(onlyCompleted, certificates::mine);

        assertThat(first.attended()).isTrue();
        assertThat(first.unfinished()).isNotEmpty();
        assertThat(first.issued()).isEmpty();
        assertThat(second.attended()).isFalse();
        assertThat(second.unfinished()).isEmpty();
        assertThat(second.issued()).isEmpty();
        assertThat(stored(onlyAttended) + stored(onlyCompleted)).isZero();
    }

    @Test
    void a_caseworker_who_attended_and_completed_gets_one_certificate_that_verifies() {
        Run run = heldRun();
        String user = participant(run, true, true);

        Certificate certificate = fixtures.as(user, certificates::mine).issued().orElseThrow();
        Certificate again = fixtures.as(user, certificates::mine).issued().orElseThrow();

        assertThat(again.code()).isEqualTo(certificate.code());
        assertThat(stored(user)).isEqualTo(1);
        assertThat(certificate.holderName()).isEqualTo("Test " + user);
        assertThat(certificate.courseTitle()).isEqualTo(course().title());
        assertThat(certificate.runName()).isEqualTo("Bevishold");
        assertThat(certificate.instructors())
                .isEqualTo("Test " + run.consultant() + " (praksiskonsulent) og Test " + run.jobcenter()
                        + " (jobcenterrepræsentant)");
        assertThat(certificate.verificationAddress()).endsWith("/bevis/" + certificate.code());

        Verification v = certificates
                .verify(certificate.printedCode().toLowerCase(Locale.ROOT), CLIENT)
                .orElseThrow();
        assertThat(v.holderName()).isEqualTo("Test " + user);
        assertThat(v.courseTitle()).isEqualTo(course().title());
        assertThat(v.sessionDate()).isEqualTo(certificate.sessionDate());
    }

    @Test
    void an_administrator_withdraws_a_certificate_with_a_reason_and_its_code_then_verifies_as_withdrawn() {
        Run run = heldRun();
        String user = participant(run, true, true);
        String other = participant(run, true, true);
        Certificate certificate = fixtures.as(user, certificates::mine).issued().orElseThrow();
        fixtures.as(other, certificates::mine);
        AccountId holder = new AccountId(fixtures.id(user));
        assertThat(certificates.verify(certificate.code(), CLIENT).orElseThrow().withdrawnAt())
                .isNull();

        // Refused, nothing changed: an instructor, no reason, a CPR number, someone without a certificate.
        assertThatThrownBy(() -> fixtures.as(run.jobcenter(), () -> {
                    certificates.withdraw(run.id(), holder, "Fejl");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        for (String reason : new String[] {"  ", "Forkert person: 010185-1234", "x".repeat(501)}) {
            assertThatThrownBy(() -> fixtures.as("admin", () -> {
                        certificates.withdraw(run.id(), holder, reason);
                        return null;
                    }))
                    .isInstanceOfSatisfying(
                            CertificateRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.REASON));
        }
        String without = participant(run, true, false);
        assertThatThrownBy(() -> fixtures.as("admin", () -> {
                    certificates.withdraw(run.id(), new AccountId(fixtures.id(without)), "Fejl");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        CertificateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.NOT_ISSUED));
        // Another municipality's administrator cannot reach it.
        assertThatThrownBy(() -> fixtures.as("th-admin", () -> {
                    certificates.withdraw(run.id(), holder, "Fejl");
                    return null;
                }))
                .isInstanceOf(CertificateRefusedException.class);
        assertThat(certificates.verify(certificate.code(), CLIENT).orElseThrow().withdrawnAt())
                .isNull();

        fixtures.as("admin", () -> {
            certificates.withdraw(run.id(), holder, "  Udstedt ved en fejl: deltog ikke hele dagen. ");
            return null;
        });

        Verification v = certificates.verify(certificate.code(), CLIENT).orElseThrow();
        assertThat(v.withdrawnAt()).isNotNull();
        assertThat(v.holderName()).isEqualTo("Test " + user);
        MyCertificate mine = fixtures.as(user, certificates::mine);
        assertThat(mine.issued()).isEmpty();
        assertThat(mine.withdrawn()).isNotNull();
        assertThat(mine.withdrawn().reason()).isEqualTo("Udstedt ved en fejl: deltog ikke hele dagen.");
        assertThat(mine.withdrawn().code()).isEqualTo(certificate.code());
        assertThat(stored(user)).as("never issued again").isEqualTo(1);
        RunCertificates overview = fixtures.as("admin", () -> certificates.forRun(run.id()));
        assertThat(overview.rows())
                .filteredOn(r -> r.id().equals(holder))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.withdrawn()).isTrue();
                    assertThat(r.ready()).isFalse();
                });
        assertThat(fixtures.as(run.consultant(), () -> certificates.issueForRun(run.id())))
                .extracting(Certificate::code)
                .doesNotContain(certificate.code())
                .hasSize(1);
        assertThatThrownBy(() -> fixtures.as("admin", () -> {
                    certificates.withdraw(run.id(), holder, "Igen");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        CertificateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.ALREADY_WITHDRAWN));
    }

    @Test
    void a_certificate_reissued_after_a_correction_gets_a_new_code_and_the_old_one_verifies_as_replaced() {
        Run run = heldRun();
        String user = participant(run, true, true);
        Certificate first = fixtures.as(user, certificates::mine).issued().orElseThrow();
        AccountId holder = new AccountId(fixtures.id(user));

        // Refused, nothing changed: an instructor, no reason or a CPR number, someone without a certificate.
        assertThatThrownBy(() -> fixtures.as(run.jobcenter(), () -> certificates.reissue(run.id(), holder, "Navn")))
                .isInstanceOf(AccessDeniedException.class);
        for (String reason : new String[] {"", "Navn rettet for 010185-1234"}) {
            assertThatThrownBy(() -> fixtures.as("admin", () -> certificates.reissue(run.id(), holder, reason)))
                    .isInstanceOfSatisfying(
                            CertificateRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.REISSUE_REASON));
        }
        String without = participant(run, true, false);
        assertThatThrownBy(() -> fixtures.as(
                        "admin", () -> certificates.reissue(run.id(), new AccountId(fixtures.id(without)), "Navn")))
                .isInstanceOfSatisfying(
                        CertificateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.NOT_ISSUED));
        assertThat(certificates.verify(first.code(), CLIENT).orElseThrow().valid())
                .isTrue();

        // The name was misspelt on the account; corrected there, the certificate is issued again.
        jdbc.sql("update account set display_name = ? where id = ?")
                .params("Rettet Navn " + user, holder.value())
                .update();
        Certificate second =
                fixtures.as("admin", () -> certificates.reissue(run.id(), holder, "Navnet var stavet forkert"));
        assertThat(second.code()).isNotEqualTo(first.code());
        assertThat(second.holderName()).isEqualTo("Rettet Navn " + user);
        assertThat(stored(user)).as("still one certificate").isEqualTo(1);

        Verification old = certificates.verify(first.code(), CLIENT).orElseThrow();
        assertThat(old.valid()).isFalse();
        assertThat(old.replacedAt()).isNotNull();
        assertThat(old.withdrawnAt()).isNull();
        assertThat(old.holderName()).as("what the old certificate said").isEqualTo("Test " + user);
        Verification now = certificates.verify(second.code(), CLIENT).orElseThrow();
        assertThat(now.valid()).isTrue();
        assertThat(now.holderName()).isEqualTo("Rettet Navn " + user);
        assertThat(fixtures.as(user, certificates::mine).issued().orElseThrow().code())
                .isEqualTo(second.code());

        // Withdrawn after that: the current code shows it; a withdrawn certificate is not reissued.
        fixtures.as("admin", () -> {
            certificates.withdraw(run.id(), holder, "Deltog ikke");
            return null;
        });
        assertThat(certificates.verify(second.code(), CLIENT).orElseThrow().withdrawnAt())
                .isNotNull();
        assertThatThrownBy(() -> fixtures.as("admin", () -> certificates.reissue(run.id(), holder, "Igen")))
                .isInstanceOfSatisfying(
                        CertificateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.ALREADY_WITHDRAWN));
    }

    @Test
    void one_address_may_look_up_thirty_codes_in_ten_minutes_then_waits_while_others_go_on() {
        String address = "198.51.100." + (int) (Math.random() * 250 + 1);
        String other = "2001:db8::" + Integer.toHexString((int) (Math.random() * 65_000));
        for (int i = 0; i < CertificateService.LOOKUPS_PER_CLIENT; i++) {
            assertThat(certificates.verify("AAAAA-AAAAA", address)).isEmpty();
        }

        assertThatThrownBy(() -> certificates.verify("AAAAA-AAAAA", address))
                .isInstanceOfSatisfying(
                        CertificateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.TOO_MANY_LOOKUPS));
        assertThat(certificates.verify("AAAAA-AAAAA", other)).isEmpty();
        try {
            clock.set(Instant.now().plus(CertificateService.LOOKUP_PERIOD).plusSeconds(1));
            assertThat(certificates.verify("AAAAA-AAAAA", address)).isEmpty();
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_forged_or_mistyped_code_verifies_as_nothing() {
        Run run = heldRun();
        String user = participant(run, true, true);
        String real =
                fixtures.as(user, certificates::mine).issued().orElseThrow().code();
        String forged = (real.charAt(0) == 'A' ? "B" : "A") + real.substring(1);

        assertThat(certificates.verify(forged, CLIENT)).isEmpty();
        assertThat(certificates.verify(real.substring(1), CLIENT)).isEmpty();
        assertThat(certificates.verify("", CLIENT)).isEmpty();
        assertThat(certificates.verify("x' or '1'='1", CLIENT)).isEmpty();
    }

    @Test
    void instructors_see_their_run_and_download_the_ready_ones_only() {
        Run run = heldRun();
        String ready = participant(run, true, true);
        String notReady = participant(run, true, false);

        RunCertificates overview = fixtures.as(run.consultant(), () -> certificates.forRun(run.id()));
        assertThat(overview.ready()).isEqualTo(1);
        assertThat(overview.rows()).hasSize(2);

        List<Certificate> issued = fixtures.as(run.consultant(), () -> certificates.issueForRun(run.id()));
        assertThat(issued).extracting(Certificate::holderName).containsExactly("Test " + ready);
        assertThat(fixtures.as(run.jobcenter(), () -> certificates.issueForRun(run.id())))
                .extracting(Certificate::code)
                .containsExactly(issued.getFirst().code());
        assertThat(stored(notReady)).isZero();
        assertThat(fixtures.as(ready, certificates::mine).issued().orElseThrow().code())
                .isEqualTo(issued.getFirst().code());
        assertThat(fixtures.as("admin", () -> certificates.forRun(run.id())).rows())
                .filteredOn(RunCertificates.Row::ready)
                .extracting(RunCertificates.Row::code)
                .containsExactly(issued.getFirst().code());
    }

    @Test
    void a_run_where_nobody_is_ready_is_refused_and_other_people_cannot_get_a_runs_certificates() {
        Run run = heldRun();
        participant(run, true, false);
        String otherInstructor = fixtures.account("andenpk", Role.INSTRUCTOR);
        String caseworker = participant(run, false, false);

        assertThatThrownBy(() -> fixtures.as(run.consultant(), () -> certificates.issueForRun(run.id())))
                .isInstanceOfSatisfying(
                        CertificateRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateRefusedException.Reason.NONE_READY));
        assertThatThrownBy(() -> fixtures.as(otherInstructor, () -> certificates.forRun(run.id())))
                .isInstanceOf(RunRefusedException.class);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> certificates.issueForRun(run.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("leder", certificates::mine)).isInstanceOf(AccessDeniedException.class);
    }
}
