package dk.attestkursus.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.ComponentTexts;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.session.SessionException;
import dk.attestkursus.session.SessionNotes;
import dk.attestkursus.session.SessionNotesService;
import java.util.function.Supplier;

/**
 * The session's notes (note-taker and text) and agreed actions, on the facilitator view. Built
 * once per run: adding or removing an action never touches notes that are not saved yet.
 */
class NotesPanel extends Div {

    private final SessionNotesService service;
    private final CourseRunId id;
    private final AppI18NProvider i18n;
    private final TextField taker = new TextField();
    private final TextArea notesText = new TextArea();
    private final Paragraph notesSaved = new Paragraph();
    private final Div actionsArea = new Div();
    private long notesVersion;
    private String savedNotes = "";
    private String savedTaker = "";

    NotesPanel(SessionNotesService service, CourseRunId id, AppI18NProvider i18n) {
        this.service = service;
        this.id = id;
        this.i18n = i18n;
        setId("session-notes");
        SessionNotes notes = service.notes(id);
        add(new H2(getTranslation("session.notes")));
        setUpNotes(notes);
        add(new H2(getTranslation("session.actions")), actionsArea);
        showActions(notes);
        add(actionForm());
    }

    /** The note-taker and the notes, saved with a button. */
    private void setUpNotes(SessionNotes notes) {
        taker.setLabel(getTranslation("session.noteTaker"));
        taker.setId("note-taker");
        taker.setMaxLength(200);
        notesText.setLabel(getTranslation("session.notesText"));
        notesText.setId("notes-text");
        notesText.setMaxLength(SessionNotesService.MAX_NOTES);
        notesText.setWidthFull();
        notesText.setMinHeight("10rem");
        notesText.setHelperText(getTranslation("session.notesHelp"));
        notesSaved.setId("notes-saved");
        notesSaved.addClassName("meta");
        notesSaved.getElement().setAttribute("role", "status");
        applySaved(notes);
        taker.setValue(savedTaker);
        notesText.setValue(savedNotes);
        Button save = new Button(getTranslation("session.saveNotes"), e -> {
            notesText.setInvalid(false);
            try {
                applySaved(service.saveNotes(id, taker.getValue(), notesText.getValue(), notesVersion));
            } catch (SessionException ex) {
                notesText.setErrorMessage(getTranslation(ex.messageKey()));
                notesText.setInvalid(true);
            }
        });
        save.setId("notes-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(taker, notesText, save, notesSaved);
    }

    /** What, who and when for a new agreed action. */
    private HorizontalLayout actionForm() {
        TextField what = new TextField(getTranslation("session.actions.text"));
        what.setId("action-text");
        what.setMaxLength(SessionNotesService.MAX_ACTION);
        TextField who = new TextField(getTranslation("session.actions.owner"));
        who.setId("action-owner");
        DatePicker due = ComponentTexts.of(new DatePicker(getTranslation("session.actions.due")));
        due.setId("action-due");
        Button add = new Button(getTranslation("session.actions.add"), VaadinIcon.PLUS.create(), e -> {
            what.setInvalid(false);
            try {
                showActions(service.addAction(id, what.getValue(), who.getValue(), due.getValue()));
                what.clear();
                who.clear();
                due.clear();
                what.focus();
            } catch (SessionException ex) {
                what.setErrorMessage(getTranslation(ex.messageKey()));
                what.setInvalid(true);
            }
        });
        add.setId("action-add");
        HorizontalLayout form = new HorizontalLayout(what, who, due, add);
        form.setWrap(true);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return form;
    }

    private void applySaved(SessionNotes notes) {
        notesVersion = notes.version();
        savedNotes = notes.text();
        savedTaker = notes.noteTaker() == null ? "" : notes.noteTaker();
        notesSaved.setText(
                notes.updatedAt() == null
                        ? ""
                        : getTranslation(
                                "session.notesSaved",
                                Formats.time(notes.updatedAt(), getLocale(), i18n),
                                notes.updatedBy() == null ? "" : notes.updatedBy()));
    }

    private void showActions(SessionNotes notes) {
        actionsArea.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("actions-list");
        if (notes.actions().isEmpty()) {
            list.add(new ListItem(getTranslation("session.actions.empty")));
        }
        for (SessionNotes.Action action : notes.actions()) {
            String line = action.text()
                    + (action.owner() == null ? "" : " – " + action.owner())
                    + (action.due() == null ? "" : " – " + Formats.localDate(action.due(), getLocale(), i18n));
            Button remove = new Button(
                    getTranslation("session.actions.remove"),
                    e -> actActions(() -> service.removeAction(id, action.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("session.actions.remove") + ": " + action.text());
            list.add(new ListItem(new Span(line), remove));
        }
        actionsArea.add(list);
    }

    /** Asks before leaving when the notes hold text that is not saved; does nothing otherwise. */
    void confirmLeaving(BeforeLeaveEvent event) {
        if (notesText.getValue().equals(savedNotes) && taker.getValue().equals(savedTaker)) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("session.leaveNotes.title"),
                getTranslation("session.leaveNotes.text"),
                getTranslation("session.leaveNotes.leave"),
                e -> action.proceed());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("session.leaveNotes.stay"));
        dialog.addCancelListener(e -> notesText.focus());
        dialog.open();
    }

    private void actActions(Supplier<SessionNotes> change) {
        try {
            showActions(change.get());
        } catch (SessionException e) {
            Notification.show(getTranslation(e.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
