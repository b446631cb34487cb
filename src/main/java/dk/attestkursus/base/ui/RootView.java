package dk.attestkursus.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * The address every login lands on: applies the user's chosen language once per session, then
 * sends them to their role's start page.
 */
@Route(value = StartPages.ROOT, autoLayout = false)
@PermitAll
class RootView extends Div implements BeforeEnterObserver {

    static final String LANGUAGE_APPLIED = RootView.class.getName() + ".languageApplied";

    private final CurrentUser currentUser;
    private final AccountService accounts;

    RootView(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(LANGUAGE_APPLIED) == null) {
            session.setAttribute(LANGUAGE_APPLIED, Boolean.TRUE);
            accounts.myLanguage().ifPresent(locale -> {
                session.setLocale(locale);
                event.getUI().setLocale(locale);
            });
        }
        currentUser.get().ifPresent(user -> event.forwardTo(StartPages.of(user.role())));
    }
}
