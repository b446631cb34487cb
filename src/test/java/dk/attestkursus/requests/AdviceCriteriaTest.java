package dk.attestkursus.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.ContentLoader;
import dk.attestkursus.content.Writing;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every kind of guidance names a criterion of the course's rubric, so reviewers see it beside that criterion. */
class AdviceCriteriaTest {

    @Test
    void each_kind_of_guidance_belongs_to_a_criterion_of_the_rubric() {
        var criteria = new ContentLoader()
                .load(Path.of("content")).writing().rubric().criteria().stream()
                        .map(Writing.Criterion::key)
                        .toList();
        assertThat(Arrays.stream(Advice.Kind.values()).map(Advice.Kind::criterion))
                .allMatch(criteria::contains);
        assertThat(Advice.Kind.DECISION_QUESTION.criterion()).isEqualTo("roles");
    }
}
