package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.security.Role;
import java.util.List;
import java.util.Optional;

/**
 * A to-do card a feature adds to a role's start page (e.g. "3 requests wait for feedback"). The
 * start pages live in features that must not import each other, so features register cards as
 * Spring beans of this type and the start page shows those that have something for the user.
 *
 * <p>The caseworker's start page asks {@link #cards(CoursePhase)} with where the caseworker is in the
 * course (decision 024): each card says how much it matters in that phase ({@link Relevance}), and
 * the page puts the cards that matter {@link Relevance#NOW} first, then the to-dos, then what is
 * there to look back at; it knows no feature. Among cards of one relevance the beans' {@code @Order}
 * decides, which follows what matters most in the course: prepare and answer the follow-ups (10,
 * transfer), the session and checking in (20), the certificate (30), the modules (40), practice
 * (50), the myths (60).
 */
public interface StartPageCard {

    /** The card for the logged-in user with this role, or empty. */
    Optional<Component> card(Role role);

    /**
     * The logged-in caseworker's cards in this phase of the course, each with its relevance; empty
     * when the feature has nothing for them now. By default the role's card, as a to-do.
     */
    default List<Ranked> cards(CoursePhase phase) {
        return card(Role.PARTICIPANT)
                .map(card -> List.of(new Ranked(card, Relevance.TODO)))
                .orElse(List.of());
    }

    /** How much a card matters in the caseworker's phase; the start page orders by it. */
    enum Relevance {
        /** The one thing that matters now: the first card (e.g. the follow-up that is due). */
        NOW,
        /** Something to do, not the most pressing. */
        TODO,
        /** To look back at (what you answered before the session, your plan). */
        LATER
    }

    /** A card and how much it matters now. */
    record Ranked(Component card, Relevance relevance) {

        public static Ranked now(Component card) {
            return new Ranked(card, Relevance.NOW);
        }

        public static Ranked todo(Component card) {
            return new Ranked(card, Relevance.TODO);
        }

        public static Ranked later(Component card) {
            return new Ranked(card, Relevance.LATER);
        }
    }
}
