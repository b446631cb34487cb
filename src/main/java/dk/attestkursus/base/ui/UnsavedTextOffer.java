package dk.attestkursus.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Offers back text the browser kept for a form but the server never got ({@link DraftKeeper}): use
 * it, or throw it away. Hidden until there is something to offer; focus goes to "use" when it opens.
 */
public final class UnsavedTextOffer extends Div {

    /** {@code idPrefix} names the offer and its buttons, e.g. {@code request-unsaved}. */
    public UnsavedTextOffer(String idPrefix) {
        setId(idPrefix + "-offer");
        addClassNames("card", "unsaved-offer");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("draft.offer.label"));
        setVisible(false);
    }

    /** Shows the offer for text typed at {@code typedAt} (already formatted for the reader). */
    public void offer(String typedAt, Map<String, String> kept, Consumer<Map<String, String>> use, Runnable discard) {
        removeAll();
        String prefix = getId().orElseThrow().replace("-offer", "");
        Button useButton = new Button(getTranslation("draft.offer.use"), e -> {
            setVisible(false);
            use.accept(kept);
        });
        useButton.setId(prefix + "-use");
        useButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discardButton = new Button(getTranslation("draft.offer.discard"), e -> {
            setVisible(false);
            discard.run();
        });
        discardButton.setId(prefix + "-discard");
        Div buttons = new Div(useButton, discardButton);
        buttons.addClassName("button-row");
        add(new Paragraph(getTranslation("draft.offer.text", typedAt)), buttons);
        setVisible(true);
        useButton.focus();
    }
}
