package dk.attestkursus.session.domain;

import dk.attestkursus.content.Lead;
import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A block of a run's own programme: a copy of a shared block (by key) or a local one. */
@Entity
@Table(name = "run_block")
public class RunBlock extends BaseEntity {

    @Column(name = "course_run_id", nullable = false)
    private long courseRunId;

    @Column(nullable = false)
    private int position;

    @Column(name = "block_key")
    private @Nullable String blockKey;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Lead lead;

    private @Nullable String description;

    @SuppressWarnings("NullAway.Init")
    protected RunBlock() {
        // for JPA
    }

    public RunBlock(
            long courseRunId,
            int position,
            @Nullable String blockKey,
            String title,
            int minutes,
            Lead lead,
            @Nullable String description) {
        this.courseRunId = courseRunId;
        this.position = position;
        this.blockKey = blockKey;
        this.title = title;
        this.minutes = minutes;
        this.lead = lead;
        this.description = description;
    }

    public long getCourseRunId() {
        return courseRunId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public @Nullable String getBlockKey() {
        return blockKey;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public Lead getLead() {
        return lead;
    }

    public @Nullable String getDescription() {
        return description;
    }
}
