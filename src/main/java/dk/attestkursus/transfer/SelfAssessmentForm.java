package dk.attestkursus.transfer;

import dk.attestkursus.content.Survey;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The self-assessment for one phase as the caseworker sees it: the statements, their earlier answers
 * ({@code version} -1 when none), and whether it is open now (else when it opens or that it closed).
 */
public record SelfAssessmentForm(
        Phase phase,
        Survey survey,
        Map<String, Integer> scores,
        @Nullable String openAnswer,
        long version,
        boolean open,
        @Nullable Instant opensAt) {

    public SelfAssessmentForm {
        scores = Map.copyOf(scores);
    }

    public boolean answered() {
        return version >= 0;
    }
}
