package dk.attestkursus.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What is kept of a request whose text holds a CPR number: everything else, never the CPR text. */
class RequestRulesTest {

    private static final Set<String> FORMS = Set.of("LÆ 285");
    private static final RequestFields STORED = new RequestFields(
            "LÆ 285", "Gammelt formål", "Gammel baggrund", List.of("Gammelt spørgsmål"), true, "Til sagen", "");

    @Test
    void refused_parts_are_put_back_as_stored_and_the_rest_is_kept_as_typed() {
        RequestFields typed = new RequestFields(
                "LÆ 285",
                "Nyt formål",
                "Kim, 010180-1234, har ondt.",
                List.of("Nyt spørgsmål", "Borgerens nr. er 0101801234?"),
                true,
                "Til sagen",
                "Bilag");
        var problems = RequestRules.forDraft(typed, FORMS);
        assertThat(problems)
                .extracting(RequestRefusedException.Problem::kind)
                .containsOnly(RequestRefusedException.Kind.CPR);

        RequestFields rest = RequestRules.withoutRefused(typed, problems, STORED);

        assertThat(rest.purpose()).isEqualTo("Nyt formål");
        assertThat(rest.background()).isEqualTo("Gammel baggrund");
        assertThat(rest.questions()).containsExactly("Nyt spørgsmål", "");
        assertThat(rest.enclosures()).isEqualTo("Bilag");
        assertThat(RequestRules.forDraft(rest, FORMS))
                .as("what is left can be stored")
                .isEmpty();
    }

    @Test
    void a_text_over_its_length_is_refused_for_its_length_before_it_is_read_for_cpr_numbers() {
        // Issue 24: a megabyte of "9 " once kept the CPR check busy for seconds; the length goes first.
        String huge = "9 ".repeat(500_000) + "010180-1234";
        RequestFields typed = new RequestFields("LÆ 285", huge, "Baggrund", List.of("Spørgsmål"), true, "", "");
        var problems = RequestRules.forDraft(typed, FORMS);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RequestRefusedException.Kind.TOO_LONG);
            assertThat(p.field()).isEqualTo(RequestField.PURPOSE);
        });
        assertThat(RequestRules.withoutRefused(typed, problems, STORED).purpose())
                .as("nothing of it is stored")
                .isEqualTo("Gammelt formål");
    }
}
