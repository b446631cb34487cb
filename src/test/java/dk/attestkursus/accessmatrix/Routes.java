package dk.attestkursus.accessmatrix;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteAliasData;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.internal.RouteUtil;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The application's routes as Vaadin registered them, and whether a subject may open each by its access
 * annotations, as Vaadin's navigation access control decides: every parent layout and the view itself
 * must let the subject's role in ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}).
 * What a view then checks of the object (a run that is not the instructor's) is the services' part.
 */
final class Routes {

    /** A route template (or alias) with its view and the layouts around it. */
    record Route(String template, Class<? extends Component> view, List<Class<? extends RouterLayout>> layouts) {

        /** The row's target: {@code /template|View}. */
        String key() {
            return "/" + template + "|" + view.getSimpleName();
        }
    }

    private final RouteRegistry registry;
    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    Routes(ServletContext servletContext) {
        this.registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
    }

    /** Every registered route and alias, by template. */
    List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (RouteData data : registry.getRegisteredRoutes()) {
            routes.add(route(data));
            for (RouteAliasData alias : data.getRouteAliases()) {
                routes.add(route(alias));
            }
        }
        routes.sort(Comparator.comparing(Route::template));
        return routes;
    }

    private static Route route(RouteBaseData<?> data) {
        return new Route(data.getTemplate(), data.getNavigationTarget(), List.copyOf(data.getParentLayouts()));
    }

    /** Whether the subject gets past the route's access annotations and those of its layouts. */
    boolean allows(Route route, Subject subject) {
        Principal principal = subject.role == null ? null : subject::name;
        Function<String, Boolean> hasRole =
                role -> subject.role != null && subject.role.name().equals(role);
        List<Class<?>> guarded = new ArrayList<>(route.layouts());
        if (RouteUtil.isAutolayoutEnabled(route.view(), route.template()) && registry.hasLayout(route.template())) {
            guarded.add(registry.getLayout(route.template()));
        }
        guarded.add(route.view());
        return guarded.stream().allMatch(target -> checker.hasAccess(target, principal, hasRole));
    }
}
