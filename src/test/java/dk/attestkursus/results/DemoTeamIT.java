package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.certificates.MyCertificate;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data shows what the platform is for: six of the demo leader's team of seven took a held run,
 * so the results (of the held runs, by default) show before and after; the team can fetch course
 * certificates, one has a module left.
 */
@IntegrationTest
class DemoTeamIT {

    @Autowired
    ResultsService results;

    @Autowired
    CertificateService certificates;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_demo_leader_sees_the_teams_requests_improve_after_the_course() {
        Dashboard d = fixtures.as("leder", () -> results.dashboard(null, null));

        assertThat(d.tooFew()).isFalse();
        assertThat(d.people())
                .as("the six of the held run; sagsbehandler's run is still to come")
                .isEqualTo(6);
        assertThat(d.counts().attended()).isEqualTo(6);
        assertThat(d.runs())
                .extracting(Dashboard.RunShare::held, Dashboard.RunShare::people, Dashboard.RunShare::counted)
                .containsExactly(Tuple.tuple(true, 6, 6), Tuple.tuple(false, 1, 0));
        assertThat(d.quality()).hasSize(6).allSatisfy(q -> {
            assertThat(q.before()).isNotNull();
            assertThat(q.after()).isNotNull();
            assertThat(q.after()).isGreaterThan(q.before());
        });
        assertThat(d.selfAssessment())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.followUp1()).isGreaterThan(s.before()));
        assertThat(d.actions().tried()).isPositive();
        assertThat(d.actions().blocked()).isPositive();
    }

    @Test
    void the_demo_team_can_fetch_certificates_except_the_one_with_a_module_left() {
        MyCertificate ali = fixtures.as("ali", certificates::mine);
        MyCertificate frida = fixtures.as("frida", certificates::mine);
        MyCertificate sara = fixtures.as("sagsbehandler", certificates::mine);

        assertThat(ali.issued()).isPresent();
        assertThat(ali.issued().get().instructors())
                .contains("Peter Praksiskonsulent (praksiskonsulent)", "Jonna Jobcenter (jobcenterrepræsentant)");
        assertThat(frida.issued()).isEmpty();
        assertThat(frida.attended()).isTrue();
        assertThat(frida.unfinished()).hasSize(1);
        assertThat(sara.issued()).isEmpty();
        assertThat(sara.attended()).isFalse();
    }
}
