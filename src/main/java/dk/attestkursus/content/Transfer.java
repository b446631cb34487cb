package dk.attestkursus.content;

import java.util.List;
import java.util.Optional;

/** What the course's transfer loop needs: the self-assessment and the mail templates. */
public record Transfer(Survey selfAssessment, List<MailTemplate> mails) {

    public Transfer {
        mails = List.copyOf(mails);
    }

    public Optional<MailTemplate> mail(String id) {
        return mails.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
