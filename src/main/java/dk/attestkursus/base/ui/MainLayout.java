package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CurrentAccount;
import dk.attestkursus.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every logged-in page: a skip link, the app name, the user menu (name, language,
 * log out), the side navigation, and after the page a small footer with the privacy notice and the
 * accessibility statement (issue 25). The navigation lists only the views the user's role may
 * open: Vaadin's menu configuration checks each view's access annotations.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String MAIN_CONTENT_ID = "main-content";

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final SideNav nav = ComponentTexts.of(new SideNav());
    /** The layout's content: the page (the view), then the footer; the page alone is the main landmark. */
    private final Div frame = new Div();

    private final Component footer = PolicyLinks.footer();
    private @Nullable Component page;

    MainLayout(CurrentUser currentUser, AccountService accounts, List<LayoutExtension> extensions) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        setPrimarySection(Section.DRAWER);
        ComponentTexts.of(this);

        Anchor skip = new Anchor("#" + MAIN_CONTENT_ID, getTranslation("layout.skipToContent"));
        skip.addClassName("skip-link");
        skip.setId("skip-link");
        // Vaadin's router takes over link clicks, so the "#main-content" link alone moved no
        // focus: focus the main content ourselves (it has tabindex -1) and stay on the page.
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  const main = document.getElementById($0);
                  if (main) {
                    e.preventDefault();
                    e.stopPropagation();
                    main.focus();
                  }
                });""", MAIN_CONTENT_ID);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menuToggle"));
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("navbar-title");
        addToNavbar(skip, toggle, appName, userMenu());

        Div brand = new Div(new Span(getTranslation("app.name")), new Span(getTranslation("app.courseName")));
        brand.addClassName("drawer-brand");
        nav.setId("side-nav");
        nav.setLabel(getTranslation("layout.navLabel"));
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navLabel"));
        addToDrawer(brand, nav);
        buildNavigation();
        extensions.forEach(extension -> extension.create().ifPresent(this::addToNavbar));
        frame.addClassName("layout-frame");
        footer.setId("layout-footer");
        frame.add(footer);
        setContent(frame);
    }

    /** Puts the page before the footer (AppLayout would make the page its whole content). */
    @Override
    public void showRouterLayoutContent(@Nullable HasElement content) {
        Component next = content == null
                ? null
                : content.getElement()
                        .getComponent()
                        .orElseThrow(() -> new IllegalArgumentException("AppLayout content must be a Component"));
        if (page != null && page != next) {
            page.removeFromParent();
        }
        page = next;
        if (next != null) {
            frame.addComponentAsFirst(next);
        }
        if (isOverlay()) {
            setDrawerOpened(false); // as AppLayout does after a navigation on a phone
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        oldContent.getElement().removeFromParent();
        if (page != null && page.getElement().equals(oldContent.getElement())) {
            page = null;
        }
    }

    private void buildNavigation() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            item.getElement().setAttribute("data-path", entry.path());
            nav.addItem(item);
        }
    }

    private Component userMenu() {
        Div menu = new Div();
        menu.addClassName("user-menu");
        menu.setId("user-menu");
        currentUser.get().ifPresent(user -> menu.add(userName(user)));

        Locale current = AppI18NProvider.supported(getLocale());
        Locale other = current.equals(AppI18NProvider.DANISH) ? AppI18NProvider.ENGLISH : AppI18NProvider.DANISH;
        Button language =
                new Button(getTranslation("language.switchTo"), VaadinIcon.GLOBE.create(), e -> switchLanguage(other));
        language.setId("language-switch");
        language.getElement().setAttribute("lang", other.getLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Button logout =
                new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> currentUser.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        menu.add(language, logout);
        return menu;
    }

    private Component userName(CurrentAccount user) {
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        name.setId("user-name");
        Span role = new Span(getTranslation(user.role().labelKey()));
        role.addClassName("user-role");
        Div who = new Div(name, role);
        who.addClassName("user-who");
        return who;
    }

    private void switchLanguage(Locale locale) {
        accounts.setMyLanguage(locale);
        VaadinSession.getCurrent().setLocale(locale);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = page;
        if (content != null) {
            content.getElement().setAttribute("id", MAIN_CONTENT_ID);
            content.getElement().setAttribute("tabindex", "-1");
            content.getElement().setAttribute("role", "main");
        }
        // The layout's content area scrolls, not the window, so the browser does not start a new
        // page at the top: without this, "Næste lektion" opened the next lesson scrolled down.
        // A page of text alone (e.g. the municipality's page on a phone) scrolls its content area with
        // nothing in it to focus, so a keyboard could not scroll it (axe: scrollable-region-focusable):
        // then the main content itself is a tab stop; otherwise it is focused only by the skip link.
        getElement().executeJs("""
                const area = this.shadowRoot && this.shadowRoot.querySelector('[part~="content"]');
                if (area) { area.scrollTop = 0; }
                const main = document.getElementById($0);
                if (main) {
                  const tabbable = main.querySelector(
                      'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
                  main.setAttribute('tabindex', tabbable ? '-1' : '0');
                }""", MAIN_CONTENT_ID);
    }
}
