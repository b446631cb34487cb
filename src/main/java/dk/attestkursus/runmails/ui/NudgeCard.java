package dk.attestkursus.runmails.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.runmails.NudgeKind;
import dk.attestkursus.runmails.NudgeOverview;
import dk.attestkursus.runmails.NudgeRefusedException;
import dk.attestkursus.runmails.NudgeService;
import dk.attestkursus.transfer.Checkpoint;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * On a run's mail page (issue 27): who lacks something the instructors can remind them of (before the
 * session, the preparation; after it, the follow-up that is due), by name, and one button that sends each
 * of them one reminder, after a confirmation naming how many. The last reminder and when the next may go
 * stand beneath; a refusal (another window sent one meanwhile) says when and by whom.
 */
final class NudgeCard extends Div {

    private final NudgeService service;
    private final AppI18NProvider i18n;
    private final CourseRunId run;
    private final Paragraph status = new Paragraph();

    NudgeCard(NudgeService service, AppI18NProvider i18n, CourseRunId run) {
        this.service = service;
        this.i18n = i18n;
        this.run = run;
        setId("nudges");
        addClassNames("card", "nudge-card");
        status.setId("nudges-status");
        status.getElement().setAttribute("role", "status");
        refresh(service.overview(run));
    }

    private void refresh(NudgeOverview overview) {
        removeAll();
        add(new H2(getTranslation("transfer.nudges.title")));
        Paragraph help = new Paragraph(getTranslation("transfer.nudges.help"));
        help.addClassName("meta");
        add(help);
        NudgeKind kind = overview.kind();
        if (kind == null) {
            add(paragraph("nudges-intro", stageText(overview)));
            add(status);
            return;
        }
        add(paragraph("nudges-intro", intro(overview)));
        if (overview.people().isEmpty()) {
            Paragraph none = Cards.emptyState(
                    kind == NudgeKind.PREPARATION
                            ? getTranslation("transfer.nudges.prep.none")
                            : getTranslation("transfer.nudges.followUp.none", number(overview)));
            none.setId("nudges-none");
            add(none);
        } else {
            UnorderedList people = new UnorderedList();
            people.setId("nudges-people");
            people.addClassName("nudge-list");
            for (NudgeOverview.Person person : overview.people()) {
                Span name = new Span(person.name());
                name.addClassName("nudge-name");
                Span what = new Span(lacks(overview, person));
                what.addClassName("meta");
                ListItem item = new ListItem(name, what);
                item.getElement()
                        .setAttribute("data-account", String.valueOf(person.id().value()));
                people.add(item);
            }
            add(people);
        }
        if (overview.last() != null) {
            add(paragraph("nudges-last", lastText(overview)));
        }
        if (overview.nextAllowed() != null) {
            add(paragraph("nudges-next", getTranslation("transfer.nudges.next", when(overview.nextAllowed()))));
        }
        if (!overview.people().isEmpty()) {
            Button send = new Button(
                    getTranslation("transfer.nudges.send", overview.people().size()));
            send.setId("nudges-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setEnabled(overview.canSend());
            send.addClickListener(e -> confirm(kind, overview.people().size()));
            add(send);
        }
        add(status);
    }

    private void confirm(NudgeKind kind, int people) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("transfer.nudges.confirmTitle", people),
                getTranslation("transfer.nudges.confirmText", people),
                getTranslation("transfer.nudges.confirm"),
                ok -> send(kind),
                getTranslation("transfer.nudges.keep"),
                no -> {});
        dialog.setId("nudges-confirm");
        dialog.open();
    }

    private void send(NudgeKind kind) {
        String message;
        boolean refused = false;
        try {
            message = getTranslation("transfer.nudges.sent", service.send(run, kind));
        } catch (NudgeRefusedException e) {
            refused = true;
            message = getTranslation(e.messageKey());
            if (e.reason() == NudgeRefusedException.Reason.TOO_SOON) {
                NudgeOverview now = service.overview(run);
                if (now.last() != null && now.nextAllowed() != null) {
                    message = getTranslation(
                            "transfer.nudges.tooSoon", when(now.last().at()), by(now.last()), when(now.nextAllowed()));
                }
            }
        }
        refresh(service.overview(run));
        status.setText(message);
        status.setClassName("error-box", refused);
        status.setClassName("info-box", !refused);
    }

    private String intro(NudgeOverview overview) {
        if (overview.kind() == NudgeKind.PREPARATION) {
            return getTranslation("transfer.nudges.prep.intro", overview.daysLeft(), day(overview.sessionStart()));
        }
        return getTranslation(
                "transfer.nudges.followUp.intro",
                number(overview),
                day(Objects.requireNonNull(overview.followUpOpens())));
    }

    private String stageText(NudgeOverview overview) {
        return switch (overview.stage()) {
            case WAITING ->
                getTranslation("transfer.nudges.waiting", day(Objects.requireNonNull(overview.followUpOpens())));
            case CANCELLED -> getTranslation("transfer.nudges.cancelled");
            default -> getTranslation("transfer.nudges.over");
        };
    }

    private String lacks(NudgeOverview overview, NudgeOverview.Person person) {
        if (overview.kind() == NudgeKind.PREPARATION) {
            return getTranslation(
                    "transfer.nudges.prep.lacks",
                    person.missing().stream()
                            .map(t -> getTranslation(
                                    "transfer.prep.task." + t.name().toLowerCase(Locale.ROOT)))
                            .collect(Collectors.joining(", ")));
        }
        return getTranslation(
                "transfer.nudges.followUp.lacks",
                number(overview),
                day(Objects.requireNonNull(overview.followUpOpens())));
    }

    private String lastText(NudgeOverview overview) {
        NudgeOverview.SentRound last = Objects.requireNonNull(overview.last());
        return getTranslation("transfer.nudges.last", when(last.at()), by(last), last.recipients());
    }

    private String by(NudgeOverview.SentRound round) {
        return round.by() != null ? round.by() : getTranslation("transfer.nudges.someone");
    }

    private static int number(NudgeOverview overview) {
        Checkpoint c = overview.followUp();
        return c == null ? 1 : c.number();
    }

    private String when(Instant at) {
        return Formats.dateTime(at, getLocale(), i18n);
    }

    private String day(Instant at) {
        return Formats.date(at, getLocale(), i18n);
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
