package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A piece a feature adds to every logged-in page's frame, e.g. a watcher that tells a caseworker
 * on any page that a live poll has opened. The base cannot know the features above it, so they
 * register themselves as Spring beans of this type and {@link MainLayout} adds what they give.
 */
public interface LayoutExtension {

    /** The component for the logged-in user's frame, or empty when the feature has nothing for them. */
    Optional<Component> create();
}
