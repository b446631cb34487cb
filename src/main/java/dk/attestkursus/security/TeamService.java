package dk.attestkursus.security;

import dk.attestkursus.security.domain.AccountRepository;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to a team (by id only), for aggregated results of a team or of everyone. */
@Service
public class TeamService {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    TeamService(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /**
     * The caseworkers of a team, by id only, for aggregated results: the logged-in leader's own team,
     * or for an administrator any leader's team. Refused for a leader asking for another team.
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountId> teamIds(AccountId leader) {
        CurrentAccount me = currentUser.require();
        if (me.role() != Role.ADMIN && !me.id().equals(leader)) {
            throw new AccessDeniedException("Not the leader's own team");
        }
        return accounts.idsByLeader(leader.value()).stream().map(AccountId::new).toList();
    }

    /** Every caseworker account, by id only, for an administrator's aggregated results. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<AccountId> participantIds() {
        return accounts.idsByRole(Role.PARTICIPANT).stream().map(AccountId::new).toList();
    }
}
