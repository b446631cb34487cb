package dk.attestkursus.requests.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewScoreRepository extends JpaRepository<ReviewScore, Long> {

    List<ReviewScore> findByReviewId(long reviewId);
}
