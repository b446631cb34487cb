package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.GuestInstructor;
import dk.attestkursus.courserun.GuestInstructorService;
import dk.attestkursus.courserun.RunRefusedException;
import java.util.List;

/**
 * A run's guest instructors from other municipalities (issue 21): who they are and where from, for the
 * run's instructors; for the municipality's administrator also inviting one by e-mail and removing one.
 */
class GuestInstructorsCard extends Div {

    private final GuestInstructorService guests;
    private final CourseRunId runId;
    private final boolean administrator;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = Cards.emptyState("");
    private final EmailField email = new EmailField();

    GuestInstructorsCard(GuestInstructorService guests, CourseRunId runId, boolean administrator) {
        this.guests = guests;
        this.runId = runId;
        this.administrator = administrator;
        setId("run-guests");
        Div card =
                Cards.card(getTranslation("guests.title"), new Paragraph(getTranslation("guests.intro")), list, none);
        add(card);
        none.setText(getTranslation("guests.none"));
        list.setId("run-guest-list");
        if (administrator) {
            email.setLabel(getTranslation("guests.email"));
            email.setId("guest-email");
            email.setClearButtonVisible(true);
            Button invite = new Button(getTranslation("guests.invite"), e -> invite());
            invite.setId("guest-invite");
            HorizontalLayout form = new HorizontalLayout(email, invite);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            card.add(form);
        }
        refresh();
    }

    private void invite() {
        email.setInvalid(false);
        try {
            GuestInstructor invited = guests.invite(runId, email.getValue());
            email.clear();
            refresh();
            Notification.show(
                            getTranslation("guests.invited", invited.name(), invited.homeName()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RunRefusedException e) {
            email.setErrorMessage(getTranslation(e.messageKey()));
            email.setInvalid(true);
        }
    }

    private void revoke(GuestInstructor guest) {
        guests.revoke(runId, guest.id());
        refresh();
        Notification.show(getTranslation("guests.revoked", guest.name()), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        List<GuestInstructor> all = guests.guests(runId);
        list.removeAll();
        for (GuestInstructor guest : all) {
            ListItem item = new ListItem(new Span(getTranslation("guests.from", guest.name(), guest.homeName())));
            if (administrator) {
                Button revoke = new Button(getTranslation("guests.revoke"), e -> revoke(guest));
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                revoke.getElement().setAttribute("aria-label", getTranslation("guests.revokeOne", guest.name()));
                item.add(revoke);
            }
            list.add(item);
        }
        list.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
    }
}
