package bench.bare;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** The only view: answers at /login like the app's login page, but with one Span. */
@Route("login")
public class LoginView extends VerticalLayout {

    public LoginView() {
        add(new Span("Bare Vaadin view"));
    }
}
