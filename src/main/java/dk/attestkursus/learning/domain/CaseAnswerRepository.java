package dk.attestkursus.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseAnswerRepository extends JpaRepository<CaseAnswer, Long> {

    List<CaseAnswer> findByAccountId(long accountId);

    Optional<CaseAnswer> findByAccountIdAndCaseId(long accountId, String caseId);

    /** How many accounts chose each form in each case. */
    @Query("""
            select new dk.attestkursus.learning.domain.ChoiceCount(c.caseId, c.choice, count(c))
            from CaseAnswer c where c.accountId in :accountIds
            group by c.caseId, c.choice""")
    List<ChoiceCount> distribution(Collection<Long> accountIds);
}
