package dk.attestkursus.municipalities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.municipalities.LocalPage;
import dk.attestkursus.municipalities.LocalPageRefusedException;
import dk.attestkursus.municipalities.LocalPageRevision;
import dk.attestkursus.municipalities.LocalPageService;
import dk.attestkursus.municipalities.MunicipalityPaths;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The administrator writes the municipality's own page in Markdown with a preview beside it (issue 21);
 * a refused save (a CPR number, too long, saved elsewhere meanwhile) says why and keeps the text.
 */
@Route(value = MunicipalityPaths.LOCAL_PAGE_EDITOR, layout = MainLayout.class)
@RolesAllowed(AppRoles.ADMIN)
class LocalPageEditorView extends Div implements HasDynamicTitle {

    private final LocalPageService pages;
    private final AppI18NProvider i18n;
    private final TextArea markdown = new TextArea();
    private final Div preview = new Div();
    private final UnorderedList history = new UnorderedList();
    private long loadedVersion;

    LocalPageEditorView(LocalPageService pages, AppI18NProvider i18n) {
        this.pages = pages;
        this.i18n = i18n;
        addClassName("page");
        add(
                new Anchor(MunicipalityPaths.LOCAL_PAGE, getTranslation("local.back")),
                new H1(getTranslation("local.editor")));
        add(new Paragraph(getTranslation("local.editor.help")));
        var page = pages.mine();
        loadedVersion = page.map(LocalPage::version).orElse(-1L);
        markdown.setId("local-markdown");
        markdown.setLabel(getTranslation("local.markdown"));
        markdown.setHelperText(getTranslation("local.markdown.help", LocalPageService.MAX_LENGTH));
        markdown.setMaxLength(LocalPageService.MAX_LENGTH);
        markdown.setWidthFull();
        markdown.setMinHeight("16em");
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.setValue(page.map(LocalPage::markdown).orElse(""));
        markdown.addValueChangeListener(e -> showPreview());
        preview.setId("local-preview");
        preview.addClassName("lesson-body");
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("local-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div previewCard = Cards.card(getTranslation("local.preview"), preview);
        previewCard.getElement().setAttribute("aria-live", "polite");
        add(markdown, save, previewCard, new H2(getTranslation("local.history")), history);
        history.setId("local-history");
        showPreview();
        showHistory();
    }

    private void showPreview() {
        preview.getElement().setProperty("innerHTML", pages.preview(markdown.getValue()));
    }

    private void save() {
        markdown.setInvalid(false);
        try {
            LocalPage saved = pages.save(markdown.getValue(), loadedVersion);
            loadedVersion = saved.version();
            showHistory();
            Notification.show(getTranslation("local.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (LocalPageRefusedException e) {
            markdown.setErrorMessage(getTranslation(e.messageKey()));
            markdown.setInvalid(true);
        }
    }

    private void showHistory() {
        history.removeAll();
        List<LocalPageRevision> revisions = pages.history();
        if (revisions.isEmpty()) {
            history.add(new ListItem(getTranslation("local.history.none")));
        }
        revisions.forEach(r -> history.add(new ListItem(getTranslation(
                r.savedBy().isEmpty() ? "local.history.seeded" : "local.history.entry",
                Formats.dateTime(r.savedAt(), getLocale(), i18n),
                r.savedBy(),
                r.characters()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("local.editor");
    }
}
