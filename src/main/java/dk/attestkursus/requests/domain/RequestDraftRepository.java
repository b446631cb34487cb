package dk.attestkursus.requests.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestDraftRepository extends JpaRepository<RequestDraft, Long> {

    Optional<RequestDraft> findByAccountIdAndExerciseId(long accountId, String exerciseId);

    List<RequestDraft> findByAccountId(long accountId);
}
