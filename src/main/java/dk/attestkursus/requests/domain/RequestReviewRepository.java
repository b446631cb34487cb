package dk.attestkursus.requests.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestReviewRepository extends JpaRepository<RequestReview, Long> {

    Optional<RequestReview> findByVersionId(long versionId);

    List<RequestReview> findByVersionIdIn(Collection<Long> versionIds);
}
