package dk.attestkursus.requests.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RequestDraftRepository extends JpaRepository<RequestDraft, Long> {

    Optional<RequestDraft> findByAccountIdAndExerciseId(long accountId, String exerciseId);

    List<RequestDraft> findByAccountId(long accountId);

    /** Drafts saved before {@code before} that were never submitted: they belong to no run. */
    @Query("""
            select d from RequestDraft d where d.savedAt < :before
            and not exists (select v.id from RequestVersion v where v.draftId = d.id)""")
    List<RequestDraft> neverSubmittedSavedBefore(Instant before);
}
