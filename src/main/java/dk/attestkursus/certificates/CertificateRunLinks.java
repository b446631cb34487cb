package dk.attestkursus.certificates;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunLink;
import dk.attestkursus.courserun.RunLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The run's certificates, linked from its page. */
@Component
class CertificateRunLinks implements RunLinks {

    @Override
    public List<RunLink> links(CourseRunId run) {
        return List.of(new RunLink("certificates.run.title", CertificatePaths.run(run), "vaadin:diploma", 7));
    }
}
