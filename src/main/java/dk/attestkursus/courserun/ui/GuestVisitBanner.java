package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import dk.attestkursus.base.ui.LayoutExtension;
import dk.attestkursus.courserun.GuestInstructorService;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.security.MunicipalScope;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tells a guest instructor on every page that they work in another municipality, and takes them back
 * to their own (issue 21): while the visit lasts they see only the runs that invited them. When the host
 * revokes the last invitation, the next page the guest opens ends the visit and takes them home.
 */
@Component
class GuestVisitBanner implements LayoutExtension {

    private final MunicipalScope scope;
    private final GuestInstructorService guests;

    GuestVisitBanner(MunicipalScope scope, GuestInstructorService guests) {
        this.scope = scope;
        this.guests = guests;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        return scope.guestVisit().map(visit -> {
            Span text = new Span(UI.getCurrent().getTranslation("guests.banner", visit.hostName()));
            text.addClassName("guest-banner-text");
            Button leave = new Button(UI.getCurrent().getTranslation("guests.leave"), e -> {
                guests.endVisit();
                UI.getCurrent().getPage().setLocation(RunPaths.INSTRUCTOR_HOME);
            });
            leave.setId("guest-leave");
            leave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            Banner banner = new Banner(guests);
            banner.add(text, leave);
            banner.setId("guest-banner");
            banner.addClassName("guest-banner");
            banner.getElement().setAttribute("role", "status");
            return banner;
        });
    }

    /** The banner, which checks on every navigation that the visit still has an invitation. */
    private static final class Banner extends Div implements AfterNavigationObserver {

        private final GuestInstructorService guests;

        Banner(GuestInstructorService guests) {
            this.guests = guests;
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            if (!guests.visitStillInvited()) {
                UI.getCurrent().getPage().setLocation(RunPaths.INSTRUCTOR_HOME);
            }
        }
    }
}
