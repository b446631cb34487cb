package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A link a feature adds to the caseworker's session card on the start page while the session is
 * about to begin or on (e.g. "follow along and vote"). The start page belongs to learning and the
 * session's pages to other features, which must not import each other: features register links as
 * Spring beans of this type, as {@link StartPageCard}s are registered.
 */
public interface SessionCardLink {

    /**
     * The link; {@code online} when the session is held online, where the meeting link comes
     * first and this one is secondary.
     */
    Component link(boolean online);
}
