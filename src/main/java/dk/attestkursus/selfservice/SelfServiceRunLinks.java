package dk.attestkursus.selfservice;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunLink;
import dk.attestkursus.courserun.RunLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who of the run has activated their account, linked from its page. */
@Component
class SelfServiceRunLinks implements RunLinks {

    @Override
    public List<RunLink> links(CourseRunId run) {
        return List.of(
                new RunLink("runAccounts.title", SelfServicePaths.runAccounts(run.value()), "vaadin:envelope-open", 6));
    }
}
