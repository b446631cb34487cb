package dk.attestkursus.courserun;

import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.CurrentAccount;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import org.springframework.stereotype.Component;

/** Who may manage a run: an administrator, or an instructor actively enrolled as one of its instructors. */
@Component
class RunAccess {

    private final CourseRunRepository runs;
    private final EnrolmentRepository enrolments;
    private final CurrentUser currentUser;

    RunAccess(CourseRunRepository runs, EnrolmentRepository enrolments, CurrentUser currentUser) {
        this.runs = runs;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
    }

    /** The run, if the caller may manage it; refused otherwise (an unknown run is refused the same way). */
    CourseRun manageable(CourseRunId id) {
        CourseRun run = runs.findById(id.value())
                .orElseThrow(() -> new RunRefusedException(RunRefusedException.Reason.NOT_YOURS, "unknown run " + id));
        if (!mayManage(id)) {
            throw new RunRefusedException(RunRefusedException.Reason.NOT_YOURS, "run " + id);
        }
        return run;
    }

    boolean mayManage(CourseRunId id) {
        CurrentAccount me = currentUser.require();
        return me.role() == Role.ADMIN
                || enrolments
                        .findByCourseRunIdAndAccountIdAndWithdrawnAtIsNull(
                                id.value(), me.id().value())
                        .filter(e -> e.getRole() == EnrolmentRole.INSTRUCTOR)
                        .isPresent();
    }

    /** Whether the platform's own scheduled job is asking (it may read every run). */
    boolean isSystem() {
        return currentUser.isSystem();
    }

    CurrentAccount me() {
        return currentUser.require();
    }
}
