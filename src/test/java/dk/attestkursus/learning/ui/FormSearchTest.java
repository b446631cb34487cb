package dk.attestkursus.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.FormTag;
import dk.attestkursus.content.LaeForm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormSearchTest {

    private static LaeForm form(
            String number, String request, String title, String purpose, Boolean consultation, String... tags) {
        return new LaeForm(
                number,
                LaeForm.slugOf(number),
                request,
                title,
                purpose,
                consultation,
                null,
                "1 kr. (2013)",
                List.of(tags),
                List.of("kilde"));
    }

    private final LaeForm lae125 =
            form("LÆ 125", "LÆ 121", "Statusattest", "Oplysninger fra journalen.", false, "sygedagpenge");
    private final LaeForm lae265 = form(
            "LÆ 265",
            "LÆ 261",
            "Lægeattest til rehabiliteringsteam",
            "Vurdering til rehabiliteringsteamet.",
            true,
            "rehab");
    private final LaeForm lae285 = form(
            "LÆ 285",
            "LÆ 281",
            "Attest til sygedagpengeopfølgning",
            "Før første opfølgningssamtale.",
            true,
            "sygedagpenge");
    private final LaeForm lae155 = form("LÆ 155", null, "Speciallægeattest", "Specialistvurdering.", null);

    private final FormSearch search = new FormSearch(
            List.of(lae125, lae265, lae285, lae155),
            List.of(new FormTag("sygedagpenge", "Sygedagpenge"), new FormTag("rehab", "Rehabiliteringsteam")));

    @Test
    void an_empty_query_without_filters_lists_the_whole_catalogue_in_order() {
        assertThat(search.find("  ", false, Set.of())).containsExactly(lae125, lae265, lae285, lae155);
    }

    @Test
    void the_number_is_found_however_it_is_written() {
        for (String query : List.of("285", "LÆ 285", "lae 285", "LAE285", "læ-285", "281")) {
            assertThat(search.find(query, false, Set.of())).as(query).containsExactly(lae285);
        }
    }

    @Test
    void a_topic_word_finds_title_and_tag_matches_with_the_title_match_first() {
        assertThat(search.find("sygedagpenge", false, Set.of())).containsExactly(lae285, lae125);
        assertThat(search.find("Rehabiliteringsteam", false, Set.of())).containsExactly(lae265);
    }

    @Test
    void every_word_must_match() {
        assertThat(search.find("opfølgning sygedagpenge", false, Set.of())).containsExactly(lae285);
        assertThat(search.find("statusattest fleksjob", false, Set.of())).isEmpty();
    }

    @Test
    void consultation_filter_keeps_only_forms_known_to_need_one() {
        assertThat(search.find("", true, Set.of())).containsExactly(lae265, lae285);
    }

    @Test
    void tag_filter_keeps_forms_with_any_chosen_tag_and_combines_with_the_query() {
        assertThat(search.find("", false, Set.of("sygedagpenge", "rehab"))).containsExactly(lae125, lae265, lae285);
        assertThat(search.find("status", false, Set.of("sygedagpenge"))).containsExactly(lae125);
        assertThat(search.find("status", true, Set.of("sygedagpenge"))).isEmpty();
    }
}
