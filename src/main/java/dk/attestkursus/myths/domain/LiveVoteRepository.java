package dk.attestkursus.myths.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LiveVoteRepository extends JpaRepository<LiveVote, Long> {

    /** An account's votes in every poll (issue 25). */
    List<LiveVote> findByAccountIdOrderByIdAsc(long accountId);

    Optional<LiveVote> findByPollIdAndAccountId(long pollId, long accountId);

    /** Per answer, how many, for one poll. */
    @Query("""
            select new dk.attestkursus.myths.domain.AnswerCount(v.answer, count(v))
            from LiveVote v where v.pollId = :pollId group by v.answer""")
    List<AnswerCount> countByAnswer(long pollId);

    /** Per poll and answer, how many, for several polls. */
    @Query("""
            select new dk.attestkursus.myths.domain.PollAnswerCount(v.pollId, v.answer, count(v))
            from LiveVote v where v.pollId in :pollIds group by v.pollId, v.answer""")
    List<PollAnswerCount> countByPollAndAnswer(Collection<Long> pollIds);
}
