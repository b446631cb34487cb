package dk.attestkursus.session.domain;

import dk.attestkursus.kernel.OwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where a run's live session is: the current block and slide, what the instructors opened, the notes. */
@Entity
@Table(name = "run_session")
public class RunSession extends OwnedEntity {

    @Id
    @Column(name = "course_run_id")
    private long courseRunId;

    @Column(name = "current_block_id")
    private @Nullable Long currentBlockId;

    @Column(name = "block_started_at")
    private @Nullable Instant blockStartedAt;

    @Column(name = "slide_index", nullable = false)
    private int slideIndex;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Column(name = "open_target")
    private @Nullable String openTarget;

    @Column(name = "note_taker")
    private @Nullable String noteTaker;

    private @Nullable String notes;

    @Column(name = "notes_version", nullable = false)
    private long notesVersion;

    @Column(name = "notes_updated_at")
    private @Nullable Instant notesUpdatedAt;

    @Column(name = "notes_updated_by")
    private @Nullable Long notesUpdatedBy;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Version
    private long version;

    protected RunSession() {
        // for JPA
    }

    public RunSession(long courseRunId) {
        this.courseRunId = courseRunId;
    }

    /** Makes a block current, from its first slide, with its clock starting now. */
    public void goTo(long blockId, Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
        endedAt = null;
        currentBlockId = blockId;
        blockStartedAt = now;
        slideIndex = 0;
        openTarget = null;
    }

    public void end(Instant now) {
        endedAt = now;
        currentBlockId = null;
        blockStartedAt = null;
        openTarget = null;
    }

    public void setSlideIndex(int index) {
        this.slideIndex = index;
    }

    public void open(@Nullable String target) {
        this.openTarget = target;
    }

    public void writeNotes(@Nullable String taker, String text, long by, Instant now) {
        this.noteTaker = taker;
        this.notes = text;
        this.notesVersion++;
        this.notesUpdatedAt = now;
        this.notesUpdatedBy = by;
    }

    /**
     * Purges the notes and the note-taker's name (issue 25). The notes' version moves on, so a screen that
     * still holds the old text cannot save it back.
     */
    public void purgeNotes() {
        this.noteTaker = null;
        this.notes = null;
        this.notesVersion++;
    }

    /** Whether the notes or the note-taker's name are still here. */
    public boolean hasNotes() {
        return notes != null || noteTaker != null;
    }

    /** Takes the note-taker's name away when it is {@code name} (issue 25); true when it was. */
    public boolean scrubNoteTaker(String name) {
        if (noteTaker != null && noteTaker.strip().equalsIgnoreCase(name.strip())) {
            noteTaker = null;
            return true;
        }
        return false;
    }

    /** Replaces {@code name} in the notes by {@code neutral} (issue 25); true when it stood there. */
    public boolean scrubNotes(String name, String neutral) {
        if (notes != null && notes.contains(name)) {
            notes = notes.replace(name, neutral);
            notesVersion++;
            return true;
        }
        return false;
    }

    /** Marks the session changed (e.g. the programme was adapted), so screens receive a newer snapshot. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public long getCourseRunId() {
        return courseRunId;
    }

    public @Nullable Long getCurrentBlockId() {
        return currentBlockId;
    }

    public @Nullable Instant getBlockStartedAt() {
        return blockStartedAt;
    }

    public int getSlideIndex() {
        return slideIndex;
    }

    public @Nullable Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }

    public @Nullable String getOpenTarget() {
        return openTarget;
    }

    public @Nullable String getNoteTaker() {
        return noteTaker;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public long getNotesVersion() {
        return notesVersion;
    }

    public @Nullable Instant getNotesUpdatedAt() {
        return notesUpdatedAt;
    }

    public @Nullable Long getNotesUpdatedBy() {
        return notesUpdatedBy;
    }

    public long getVersion() {
        return version;
    }
}
