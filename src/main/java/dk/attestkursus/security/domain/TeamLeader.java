package dk.attestkursus.security.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** That a leader leads a team (a team may have several leaders, a leader several teams). */
@Entity
@Table(name = "team_leader")
public class TeamLeader extends BaseEntity {

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    protected TeamLeader() {
        // for JPA
    }

    public TeamLeader(long teamId, long leaderId) {
        this.teamId = teamId;
        this.leaderId = leaderId;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getLeaderId() {
        return leaderId;
    }
}
