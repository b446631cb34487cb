package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void fills_parameters_in_order_with_or_without_a_pattern() {
        assertThat(Routes.fill("kursus/modul/:module/:lesson", "01-roller", "hvem-goer-hvad"))
                .isEqualTo("kursus/modul/01-roller/hvem-goer-hvad");
        assertThat(Routes.fill("underviser/session/:runId(\\d+)/program", 12L))
                .isEqualTo("underviser/session/12/program");
        assertThat(Routes.fill("kursus")).isEqualTo("kursus");
        assertThat(Routes.fill("bevis/:code?", "AB12")).isEqualTo("bevis/AB12");
        assertThat(Routes.fill("bevis/:code?"))
                .as("an optional parameter left out")
                .isEqualTo("bevis");
    }

    @Test
    void refuses_a_wrong_number_of_values_and_values_that_would_address_another_page() {
        assertThatThrownBy(() -> Routes.fill("kursus/modul/:module/:lesson", "01-roller"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Routes.fill("kursus/modul/:module", "a", "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Routes.fill("kursus/modul/:module", "../admin/konti"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Routes.fill("kursus/modul/:module", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
