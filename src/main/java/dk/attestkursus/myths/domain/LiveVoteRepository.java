package dk.attestkursus.myths.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LiveVoteRepository extends JpaRepository<LiveVote, Long> {

    Optional<LiveVote> findByPollIdAndAccountId(long pollId, long accountId);

    /** Rows of answer, count for one poll. */
    @Query("select v.answer, count(v) from LiveVote v where v.pollId = :pollId group by v.answer")
    List<Object[]> countByAnswer(long pollId);

    /** Rows of poll id, answer, count for several polls. */
    @Query("select v.pollId, v.answer, count(v) from LiveVote v where v.pollId in :pollIds group by v.pollId, v.answer")
    List<Object[]> countByPollAndAnswer(Collection<Long> pollIds);
}
