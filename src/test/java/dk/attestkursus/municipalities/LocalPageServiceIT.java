package dk.attestkursus.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A municipality's own page (issue 21): seeded from {@code content/municipalities/<slug>.md}, read by the
 * municipality's people only, written by its administrator with CPR guard, length limit, conflict check
 * and history; the preview is sanitised.
 */
@IntegrationTest
class LocalPageServiceIT {

    @Autowired
    LocalPageService pages;

    @Autowired
    Fixtures fixtures;

    @Test
    void each_municipality_reads_its_own_page_and_the_platform_has_none() {
        assertThat(fixtures.as("th-sagsbehandler", pages::mine))
                .hasValueSatisfying(
                        p -> assertThat(p.markdown()).contains("Pia Poulsen").doesNotContain("Peter"));
        assertThat(fixtures.as("sagsbehandler", pages::mine))
                .hasValueSatisfying(p -> assertThat(p.html()).contains("<h2>").doesNotContain("Pia Poulsen"));
        assertThat(fixtures.as("platform", pages::mine)).isEmpty();
        assertThat(fixtures.as("koordinator", pages::mine)).isEmpty();
    }

    @Test
    void the_administrator_saves_with_history_and_a_refused_save_stores_nothing() {
        LocalPage before = fixtures.as("th-admin", pages::mine).orElseThrow();
        int revisions = fixtures.as("th-admin", pages::history).size();

        assertThatThrownBy(() -> fixtures.as(
                        "th-admin", () -> pages.save("Ring til borgeren 010190-1231 i dag", before.version())))
                .isInstanceOfSatisfying(
                        LocalPageRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LocalPageRefusedException.Reason.CPR));
        assertThatThrownBy(() -> fixtures.as(
                        "th-admin", () -> pages.save("x".repeat(LocalPageService.MAX_LENGTH + 1), before.version())))
                .isInstanceOfSatisfying(
                        LocalPageRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LocalPageRefusedException.Reason.TOO_LONG));
        assertThatThrownBy(() -> fixtures.as("th-admin", () -> pages.save("## Gammel udgave", before.version() - 1)))
                .isInstanceOfSatisfying(
                        LocalPageRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LocalPageRefusedException.Reason.CONFLICT));
        assertThat(fixtures.as("th-admin", pages::mine)).contains(before);

        String text = before.markdown() + "\n\n## Nyt\n\nKlyngemøde hver måned.";
        LocalPage saved = fixtures.as("th-admin", () -> pages.save(text, before.version()));
        assertThat(saved.version()).isGreaterThan(before.version());
        assertThat(fixtures.as("th-sagsbehandler", pages::mine))
                .hasValueSatisfying(p -> assertThat(p.html()).contains("Klyngemøde hver måned."));
        assertThat(fixtures.as("th-admin", pages::history))
                .hasSize(revisions + 1)
                .first()
                .satisfies(r -> assertThat(r.savedBy()).isEqualTo(DemoAccounts.SECOND.administrator()));
    }

    @Test
    void the_preview_is_sanitised_and_only_an_administrator_writes() {
        assertThat(fixtures.as("admin", () -> pages.preview("Hej <script>alert(1)</script> [x](javascript:alert(1))")))
                .doesNotContain("<script>")
                .doesNotContain("javascript:");
        assertThatThrownBy(() -> fixtures.as("sagsbehandler", () -> pages.save("## Mit", -1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("leder", pages::history)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("platform", () -> pages.save("## Platformens", -1)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
