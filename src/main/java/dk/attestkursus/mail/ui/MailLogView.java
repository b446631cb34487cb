package dk.attestkursus.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import dk.attestkursus.mail.MailPaths;
import dk.attestkursus.mail.MailRefusedException;
import dk.attestkursus.mail.MailStatus;
import dk.attestkursus.mail.MailSummary;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * The mail log: every mail with its state (queued, sent, failed with the reason, cancelled) and
 * attempts; a mail's text and attempt history; resend and cancel.
 */
@Route(value = MailPaths.LOG, layout = MainLayout.class)
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.mails", order = 3, icon = "vaadin:envelope")
class MailLogView extends Div implements HasDynamicTitle {

    private final MailLogService log;
    private final AppI18NProvider i18n;
    private final Grid<MailSummary> grid = new Grid<>();
    private final Select<MailStatus> status = new Select<>();
    private final TextField search = new TextField();
    private final Paragraph totals = new Paragraph();
    private final Dialog dialog = new Dialog();
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
        HorizontalLayout filters = filters();
        setUpGrid();
        details.setId("mail-details");
        // A mail opens where the reader is: in a dialog over the log, not below the fold.
        dialog.add(details);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.asSingleSelect().clear();
            }
        });
        result.setId("mail-result");
        result.getElement().setAttribute("role", "status");
        add(totals, filters, result, grid);
        refresh();
    }

    /** By status and by a search in subject and recipient. */
    private HorizontalLayout filters() {
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
        return filters;
    }

    private void setUpGrid() {
        grid.setId("mail-grid");
        grid.setAriaLabel(getTranslation("mail.log.title"));
        // The subject is what an administrator looks for: it gets the room, whole on hover, never six letters.
        grid.addColumn(MailSummary::subject)
                .setHeader(getTranslation("mail.log.subject"))
                .setFlexGrow(3)
                .setWidth("18em")
                .setTooltipGenerator(MailSummary::subject)
                .setResizable(true);
        grid.addColumn(MailSummary::to)
                .setHeader(getTranslation("mail.log.to"))
                .setFlexGrow(1)
                .setWidth("14em")
                .setTooltipGenerator(MailSummary::to)
                .setResizable(true);
        grid.addColumn(m -> label(m.status()))
                .setHeader(getTranslation("mail.log.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.sentAt() != null
                        ? Formats.dateTime(m.sentAt(), getLocale(), i18n)
                        : Formats.dateTime(m.nextAttemptAt(), getLocale(), i18n))
                .setHeader(getTranslation("mail.log.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError())
                .setHeader(getTranslation("mail.log.error"))
                .setFlexGrow(1)
                .setWidth("10em")
                .setTooltipGenerator(m -> m.lastError() == null ? "" : m.lastError());
        grid.setPartNameGenerator(m -> m.status() == MailStatus.FAILED ? "failed" : null);
        grid.setHeight("60vh");
        grid.setEmptyStateText(getTranslation("mail.log.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    }

    private void refresh() {
        Map<MailStatus, Long> counts = log.totals();
        totals.setText(getTranslation(
                "mail.log.totals",
                counts.get(MailStatus.QUEUED),
                counts.get(MailStatus.SENT),
                counts.get(MailStatus.FAILED),
                counts.get(MailStatus.CANCELLED)));
        MailStatus filter = status.getValue();
        String text = search.getValue();
        grid.setItems(
                query -> log.page(filter, text, query.getOffset(), query.getLimit()).stream(),
                query -> log.count(filter, text));
    }

    private void show(@Nullable MailSummary mail) {
        details.removeAll();
        if (mail == null) {
            return;
        }
        MailDetails d = log.details(mail.id());
        details.addClassName("mail-details");
        dialog.setHeaderTitle(d.summary().subject());
        details.add(new Paragraph(getTranslation(
                "mail.log.toLine", d.summary().to(), label(d.summary().status()))));
        if (d.calendarInvite()) {
            details.add(new Paragraph(getTranslation("mail.log.invite")));
        }
        // As the recipient reads it (the HTML part, cleaned of anything active); the plain text part folded.
        Div body = new Div();
        body.addClassName("mail-body");
        body.getElement().setProperty("innerHTML", Jsoup.clean(d.htmlBody(), Safelist.relaxed()));
        Pre text = new Pre(d.textBody());
        text.addClassName("mail-text");
        details.add(body, new Details(getTranslation("mail.log.plainText"), text));
        UnorderedList attempts = new UnorderedList();
        attempts.setId("mail-attempts");
        d.attempts()
                .forEach(a -> attempts.add(new ListItem(Formats.dateTime(a.at(), getLocale(), i18n) + ": "
                        + getTranslation("mail.attempt." + a.outcome().toLowerCase(Locale.ROOT))
                        + (a.error() == null ? "" : " – " + a.error()))));
        details.add(
                new Paragraph(
                        getTranslation(d.attempts().isEmpty() ? "mail.log.noAttempts" : "mail.log.attemptsTitle")),
                attempts);
        HorizontalLayout actions = new HorizontalLayout();
        if (mail.status() == MailStatus.QUEUED) {
            Button cancel = new Button(
                    getTranslation("mail.log.cancel"), e -> act(() -> log.cancel(mail.id()), "mail.log.cancelled"));
            cancel.setId("mail-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        } else if (mail.status() != MailStatus.SENDING) {
            Button resend = new Button(
                    getTranslation("mail.log.resend"), e -> act(() -> log.resend(mail.id()), "mail.log.resent"));
            resend.setId("mail-resend");
            resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(resend);
        }
        Button close = new Button(getTranslation("mail.log.close"), e -> dialog.close());
        close.setId("mail-close");
        actions.add(close);
        details.add(actions);
        dialog.open();
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
        dialog.close();
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
