package dk.attestkursus.transfer;

import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The logged-in caseworker and their run, for the transfer services. */
@Component
class ParticipantRun {

    private final CourseRunService runs;
    private final CurrentUser currentUser;

    ParticipantRun(CourseRunService runs, CurrentUser currentUser) {
        this.runs = runs;
        this.currentUser = currentUser;
    }

    /** The caseworker's run (also after the session); refused when they have none. */
    CourseRunSummary run() {
        return runs.myCurrentRun()
                .orElseThrow(
                        () -> new TransferRefusedException(TransferRefusedException.Reason.NO_RUN, "no active place"));
    }

    long me() {
        return currentUser.require().id().value();
    }
}
