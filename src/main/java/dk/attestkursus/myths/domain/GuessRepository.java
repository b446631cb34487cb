package dk.attestkursus.myths.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GuessRepository extends JpaRepository<Guess, Long> {

    List<Guess> findByAccountId(long accountId);

    boolean existsByAccountIdAndMythId(long accountId, String mythId);

    /** Per account, how many myths it has guessed. */
    @Query("""
            select new dk.attestkursus.myths.domain.GuessCount(g.accountId, count(g))
            from Guess g where g.accountId in :accountIds group by g.accountId""")
    List<GuessCount> countByAccount(Collection<Long> accountIds);

    /** {@link #countByAccount} for every account of the municipality. */
    @Query("""
            select new dk.attestkursus.myths.domain.GuessCount(g.accountId, count(g))
            from Guess g group by g.accountId""")
    List<GuessCount> countByEveryAccount();

    /** Per myth and answer, how many: the guesses of these accounts made before a moment. */
    @Query("""
            select new dk.attestkursus.myths.domain.MythAnswerCount(g.mythId, g.answer, count(g)) from Guess g
            where g.accountId in :accountIds and g.answeredAt < :before
            group by g.mythId, g.answer""")
    List<MythAnswerCount> countBefore(Collection<Long> accountIds, Instant before);
}
