package dk.attestkursus.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.mail.MailDetails;
import dk.attestkursus.mail.MailLogService;
import dk.attestkursus.mail.MailRefusedException;
import dk.attestkursus.mail.MailStatus;
import dk.attestkursus.mail.MailSummary;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mail log: every mail with its state (queued, sent, failed with the reason, cancelled) and
 * attempts; a mail's text and attempt history; resend and cancel.
 */
@Route(value = "admin/mails", layout = MainLayout.class)
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.mails", order = 3, icon = "vaadin:envelope")
class MailLogView extends Div implements HasDynamicTitle {

    private final MailLogService log;
    private final AppI18NProvider i18n;
    private final Grid<MailSummary> grid = new Grid<>();
    private final Select<MailStatus> status = new Select<>();
    private final TextField search = new TextField();
    private final Paragraph totals = new Paragraph();
    private final Div details = new Div();
    private final Paragraph result = new Paragraph();

    MailLogView(MailLogService log, AppI18NProvider i18n) {
        this.log = log;
        this.i18n = i18n;
        addClassName("page");
        add(new H1(getTranslation("mail.log.title")));
        if (!log.sending()) {
            Paragraph info = new Paragraph(getTranslation("mail.log.noSmtp"));
            info.addClassName("info-box");
            info.setId("mail-no-smtp");
            add(info);
        }
        totals.setId("mail-totals");
        status.setLabel(getTranslation("mail.log.status"));
        status.setId("mail-status-filter");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.log.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("mail.log.all") : label(s));
        status.setItems(MailStatus.values());
        status.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("mail.log.search"));
        search.setId("mail-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, search);
        filters.setWrap(true);

        grid.setId("mail-grid");
        grid.setAriaLabel(getTranslation("mail.log.title"));
        grid.addColumn(MailSummary::to).setHeader(getTranslation("mail.log.to")).setAutoWidth(true);
        grid.addColumn(MailSummary::subject).setHeader(getTranslation("mail.log.subject")).setFlexGrow(1);
        grid.addColumn(m -> label(m.status())).setHeader(getTranslation("mail.log.status")).setAutoWidth(true);
        grid.addColumn(MailSummary::attempts).setHeader(getTranslation("mail.log.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.sentAt() != null ? Formats.dateTime(m.sentAt(), getLocale(), i18n)
                : Formats.dateTime(m.nextAttemptAt(), getLocale(), i18n)).setHeader(getTranslation("mail.log.when"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("mail.log.error"))
                .setFlexGrow(1);
        grid.setPartNameGenerator(m -> m.status() == MailStatus.FAILED ? "failed" : null);
        grid.setHeight("60vh");
        grid.setEmptyStateText(getTranslation("mail.log.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        details.setId("mail-details");
        result.setId("mail-result");
        result.getElement().setAttribute("role", "status");
        add(totals, filters, grid, result, details);
        refresh();
    }

    private void refresh() {
        Map<MailStatus, Long> counts = log.totals();
        totals.setText(getTranslation("mail.log.totals", counts.get(MailStatus.QUEUED), counts.get(MailStatus.SENT),
                counts.get(MailStatus.FAILED), counts.get(MailStatus.CANCELLED)));
        MailStatus filter = status.getValue();
        String text = search.getValue();
        grid.setItems(query -> log.page(filter, text, query.getOffset(), query.getLimit()).stream(),
                query -> log.count(filter, text));
    }

    private void show(@Nullable MailSummary mail) {
        details.removeAll();
        if (mail == null) {
            return;
        }
        MailDetails d = log.details(mail.id());
        details.addClassNames("card", "mail-details");
        details.add(new H2(d.summary().subject()), new Paragraph(getTranslation("mail.log.toLine", d.summary().to(),
                label(d.summary().status()))));
        if (d.calendarInvite()) {
            details.add(new Paragraph(getTranslation("mail.log.invite")));
        }
        Pre text = new Pre(d.textBody());
        text.addClassName("mail-text");
        details.add(text);
        UnorderedList attempts = new UnorderedList();
        attempts.setId("mail-attempts");
        d.attempts().forEach(a -> attempts.add(new ListItem(Formats.dateTime(a.at(), getLocale(), i18n) + ": "
                + getTranslation("mail.attempt." + a.outcome().toLowerCase(Locale.ROOT))
                + (a.error() == null ? "" : " – " + a.error()))));
        details.add(new Paragraph(getTranslation(d.attempts().isEmpty() ? "mail.log.noAttempts" : "mail.log.attemptsTitle")),
                attempts);
        HorizontalLayout actions = new HorizontalLayout();
        if (mail.status() == MailStatus.QUEUED) {
            Button cancel = new Button(getTranslation("mail.log.cancel"), e -> act(() -> log.cancel(mail.id()),
                    "mail.log.cancelled"));
            cancel.setId("mail-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        } else if (mail.status() != MailStatus.SENDING) {
            Button resend = new Button(getTranslation("mail.log.resend"), e -> act(() -> log.resend(mail.id()),
                    "mail.log.resent"));
            resend.setId("mail-resend");
            resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(resend);
        }
        details.add(actions);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            result.setText(getTranslation(doneKey));
            result.setClassName("success-box");
        } catch (MailRefusedException e) {
            result.setText(getTranslation(e.messageKey()));
            result.setClassName("error-box");
        }
        details.removeAll();
        refresh();
    }

    private String label(MailStatus s) {
        return getTranslation("mail.status." + s.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.log.title");
    }
}
