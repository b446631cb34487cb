package dk.attestkursus.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address whose id is digits but no number the platform can hold ({@code /hold/99999999999999999999}):
 * the same Danish "not found" page as any unknown address (issue 24), instead of Vaadin's English error
 * page naming the exception, and no error in the log.
 */
@AnonymousAllowed
class UnreadableNumberView extends Main implements HasErrorParameter<NumberFormatException>, HasDynamicTitle {

    UnreadableNumberView() {
        NotFoundView.fill(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
