package dk.attestkursus.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.attestkursus.security.SecurityPaths;
import dk.attestkursus.security.SingleSignOn;
import dk.attestkursus.security.SsoRoute;
import dk.attestkursus.security.demo.DemoAccounts;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/** The login page. Lists the demo accounts only under the {@code demo} profile (never under {@code prod}). */
@Route(value = SecurityPaths.LOGIN, autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final SingleSignOn singleSignOn;
    private final EmailField workEmail = new EmailField();
    private final Paragraph ssoMessage = new Paragraph();

    LoginView(ObjectProvider<DemoAccounts> demoAccounts, SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
        addClassName("login-view");
        Div card = new Div();
        card.addClassName("login-card");

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");

        boolean singleSignOnShown = singleSignOn.anyProvider();
        login.setI18n(loginI18n(singleSignOnShown));
        // LoginI18n has no text for the password field's show/hide button; give it ours.
        login.getElement().executeJs("""
                const label = $0;
                customElements.whenDefined('vaadin-password-field').then(() => requestAnimationFrame(() => {
                  const field = this.querySelector('vaadin-password-field');
                  if (field) { field.i18n = { ...(field.i18n || {}), reveal: label }; }
                }));""", getTranslation("login.form.reveal"));
        login.setAction(SecurityPaths.LOGIN);
        // "Glemt adgangskode?" opens the self-service page (issue 22).
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate(SecurityPaths.FORGOT)));

        card.add(title, subtitle);
        // E-mail first where municipalities log in through their own provider (issue 22).
        if (singleSignOnShown) {
            card.add(singleSignOnSection());
        }
        card.add(login);
        demoAccounts.ifAvailable(demo -> card.add(demoHints(demo)));
        card.add(languageSwitch());
        card.add(policyLinks());
        add(card);
    }

    private Div singleSignOnSection() {
        Div box = new Div();
        box.addClassName("login-sso");
        box.setId("login-sso");
        H2 heading = new H2(getTranslation("login.sso.title"));
        heading.addClassName("login-sso-title");
        Paragraph intro = new Paragraph(getTranslation("login.sso.intro"));
        workEmail.setId("sso-email");
        workEmail.setLabel(getTranslation("login.sso.email"));
        workEmail.setPlaceholder(getTranslation("login.sso.emailPlaceholder"));
        workEmail.setAutocomplete(Autocomplete.EMAIL);
        workEmail.setErrorMessage(getTranslation("login.sso.emailInvalid"));
        workEmail.setWidthFull();
        Button next = new Button(getTranslation("login.sso.continue"), e -> continueWithEmail());
        next.setId("sso-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setWidthFull();
        workEmail.addKeyDownListener(Key.ENTER, e -> continueWithEmail());
        ssoMessage.setId("sso-message");
        ssoMessage.addClassName("login-sso-message");
        ssoMessage.getElement().setAttribute("role", "status");
        ssoMessage.setVisible(false);
        box.add(heading, intro, workEmail, next, ssoMessage);
        return box;
    }

    /** To the municipality's provider when the e-mail's domain has one; else the password form below. */
    private void continueWithEmail() {
        String email = workEmail.getValue();
        if (email.isBlank() || workEmail.isInvalid()) {
            workEmail.setInvalid(true);
            workEmail.focus();
            return;
        }
        SsoRoute route = singleSignOn.routeFor(email);
        switch (route.kind()) {
            case PROVIDER -> {
                String path = Objects.requireNonNull(route.path());
                // Relative to the login page, so a context path is kept; a whole-page visit, not a route.
                getUI().ifPresent(ui -> ui.getPage().setLocation(path.substring(1)));
            }
            case UNAVAILABLE -> showSsoMessage("login.sso.unavailable", true);
            case PASSWORD -> {
                showSsoMessage("login.sso.password", false);
                login.getElement()
                        .executeJs("const f = this.querySelector('vaadin-text-field'); if (f) { f.focus(); }");
            }
        }
    }

    private void showSsoMessage(String key, boolean error) {
        ssoMessage.setText(getTranslation(key));
        ssoMessage.getElement().setAttribute("role", error ? "alert" : "status");
        ssoMessage.getElement().getClassList().set("error", error);
        ssoMessage.setVisible(true);
    }

    /** {@code besideSingleSignOn}: the form is the other way in, under "Log ind med kommunens login". */
    private LoginI18n loginI18n(boolean besideSingleSignOn) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation(besideSingleSignOn ? "login.form.titlePassword" : "login.form.title"));
        form.setUsername(getTranslation("login.form.username"));
        form.setPassword(getTranslation("login.form.password"));
        form.setSubmit(getTranslation("login.form.submit"));
        form.setForgotPassword(getTranslation("login.form.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    private Div demoHints(DemoAccounts demoAccounts) {
        Div box = new Div();
        box.addClassName("demo-hints");
        box.setId("demo-accounts");
        box.add(new H2(getTranslation("login.demo.title")));
        box.add(new Paragraph(getTranslation("login.demo.text", DemoAccounts.PASSWORD)));
        UnorderedList list = new UnorderedList();
        demoAccounts.hints().forEach(h -> {
            Span name = new Span(h.username());
            name.addClassName("demo-username");
            list.add(new ListItem(name, new Span(" – " + getTranslation(h.role().labelKey()))));
        });
        box.add(list);
        return box;
    }

    /** The privacy notice and the accessibility statement (issue 25), readable before logging in. */
    private Footer policyLinks() {
        Footer footer = new Footer();
        footer.addClassName("policy-links");
        Anchor privacy = new Anchor(SecurityPaths.PRIVACY_NOTICE, getTranslation("policy.link.privacy"));
        privacy.setId("policy-link-privacy");
        Anchor accessibility =
                new Anchor(SecurityPaths.ACCESSIBILITY_STATEMENT, getTranslation("policy.link.accessibility"));
        accessibility.setId("policy-link-accessibility");
        footer.add(privacy, accessibility);
        return footer;
    }

    private Div languageSwitch() {
        Div box = new Div();
        box.addClassName("language-switch");
        boolean english = "en".equals(getLocale().getLanguage());
        Locale other = english ? Locale.of("da") : Locale.ENGLISH;
        Button switchButton = new Button(getTranslation("language.switchTo"), e -> {
            VaadinSession.getCurrent().setLocale(other);
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        switchButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchButton.setId("language-switch");
        switchButton.getElement().setAttribute("lang", other.getLanguage());
        switchButton.addClickShortcut(Key.KEY_L, KeyModifier.ALT);
        box.add(switchButton);
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("sso-only")) {
            login.showErrorMessage(getTranslation("login.ssoOnly.title"), getTranslation("login.ssoOnly.message"));
        } else if (params.containsKey("sso-refused") || params.containsKey("sso-failed")) {
            String key = params.containsKey("sso-refused") ? "login.sso.refused" : "login.sso.failed";
            if (singleSignOn.anyProvider()) {
                showSsoMessage(key, true);
            } else {
                login.showErrorMessage(getTranslation("login.error.title"), getTranslation(key));
            }
        } else if (params.containsKey("too-many")) {
            // The same for every name, known or not (issue 24, decision 029).
            login.showErrorMessage(
                    getTranslation("login.tooMany.title"),
                    getTranslation("login.tooMany.message", SecurityPaths.LOGIN_WAIT_MINUTES));
        } else if (params.containsKey("expired")) {
            login.showErrorMessage(getTranslation("login.expired.title"), getTranslation("login.expired.message"));
        } else if (params.containsKey("error")) {
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
