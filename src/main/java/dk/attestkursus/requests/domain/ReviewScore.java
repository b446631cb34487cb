package dk.attestkursus.requests.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One rubric criterion in a review: its score (null until scored), comment, and the field it is anchored to. */
@Entity
@Table(name = "review_score")
public class ReviewScore extends BaseEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false)
    private String criterion;

    private @Nullable Integer score;

    @Column(nullable = false)
    private String comment = "";

    private @Nullable String anchor;

    @SuppressWarnings("NullAway.Init")
    protected ReviewScore() {
        // for JPA
    }

    public ReviewScore(long reviewId, String criterion) {
        this.reviewId = reviewId;
        this.criterion = criterion;
    }

    public void set(@Nullable Integer score, String comment, @Nullable String anchor) {
        this.score = score;
        this.comment = comment;
        this.anchor = anchor;
    }

    /** Erases or purges the comment (issue 25); the score stays, as it feeds the leaders' figures. */
    public void eraseComment() {
        this.comment = "";
    }

    public long getReviewId() {
        return reviewId;
    }

    public String getCriterion() {
        return criterion;
    }

    public @Nullable Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public @Nullable String getAnchor() {
        return anchor;
    }
}
