package dk.attestkursus.security.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamLeaderRepository extends JpaRepository<TeamLeader, Long> {

    List<TeamLeader> findByTeamIdIn(Collection<Long> teamIds);

    List<TeamLeader> findByLeaderId(long leaderId);

    List<TeamLeader> findByLeaderIdIn(Collection<Long> leaderIds);

    void deleteByTeamId(long teamId);
}
