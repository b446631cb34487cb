package dk.attestkursus.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dk.attestkursus.base.ui.AttentionItems;
import dk.attestkursus.mail.MailLogService;
import dk.attestkursus.mail.MailPaths;
import dk.attestkursus.mail.MailStatus;
import dk.attestkursus.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** On the administrator's to-do card: mails that wait because no mail server is set up, and mails that failed. */
@org.springframework.stereotype.Component
class MailAttention implements AttentionItems {

    private final MailLogService log;

    MailAttention(MailLogService log) {
        this.log = log;
    }

    @Override
    public List<Component> items(Role role) {
        if (role != Role.ADMIN) {
            return List.of();
        }
        UI ui = UI.getCurrent();
        Map<MailStatus, Long> totals = log.totals();
        List<Component> items = new ArrayList<>();
        long queued = totals.getOrDefault(MailStatus.QUEUED, 0L);
        if (!log.sending() && queued > 0) {
            Anchor waiting = new Anchor(MailPaths.LOG, ui.getTranslation("mail.attention.noServer", queued));
            waiting.setId("attention-mail-no-server");
            items.add(waiting);
        }
        long failed = totals.getOrDefault(MailStatus.FAILED, 0L);
        if (failed > 0) {
            Anchor failures = new Anchor(MailPaths.LOG, ui.getTranslation("mail.attention.failed", failed));
            failures.setId("attention-mail-failed");
            items.add(failures);
        }
        return items;
    }
}
