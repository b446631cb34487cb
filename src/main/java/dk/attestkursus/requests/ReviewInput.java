package dk.attestkursus.requests;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What instructors write in a review: per rubric criterion a score, a comment and the field it is
 * anchored to; an overall comment; and "sådan læser lægen det", the practice consultant's voice.
 */
public record ReviewInput(Map<String, Criterion> criteria, String overall, String gpReading) {

    public ReviewInput {
        criteria = Map.copyOf(criteria);
    }

    /** A criterion's score (null: not scored yet), comment and anchor (null: the whole request). */
    public record Criterion(
            @Nullable Integer score,
            String comment,
            @Nullable RequestField anchor) {}
}
