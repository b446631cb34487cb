package dk.attestkursus.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A Danish "not found" page for any unknown address, with a way back. */
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        fill(this);
    }

    /** The page's content, also for an address whose number is no number ({@link UnreadableNumberView}). */
    static void fill(Main page) {
        page.addClassName("message-page");
        Div card = new Div();
        card.addClassName("message-card");
        H1 title = new H1(page.getTranslation("notFound.title"));
        title.setId("not-found-title");
        Anchor home = new Anchor("", page.getTranslation("notFound.home"));
        home.setId("not-found-home");
        card.add(title, new Paragraph(page.getTranslation("notFound.text")), home);
        page.add(card);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
