package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.security.AccountId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A course run shown as a card: name, when, where, who teaches, how many take part, days left. */
final class RunCards {

    private RunCards() {}

    static Div card(
            Locale locale, CourseRunSummary run, Map<AccountId, String> names, AppI18NProvider i18n, Clock clock) {
        Div card = new Div();
        card.addClassNames("card", "run-card");
        card.add(new H3(run.name()));
        cancelled(locale, run, i18n).ifPresent(card::add);
        card.add(new Paragraph(Formats.dateTime(run.startsAt(), locale, i18n)));
        run.place().ifPresent(p -> card.add(new Paragraph(i18n.getTranslation("course.home.place", locale, p))));
        if (!run.instructorIds().isEmpty()) {
            card.add(new Paragraph(i18n.getTranslation(
                    "run.instructors",
                    locale,
                    String.join(
                            i18n.getTranslation("common.and", locale),
                            run.instructorIds().stream()
                                    .map(id -> names.getOrDefault(id, "?"))
                                    .toList()))));
        }
        Paragraph places = new Paragraph(placesText(locale, i18n, run.participantCount(), run.capacity()));
        places.addClassName("run-places");
        card.add(places);
        long days = ChronoUnit.DAYS.between(
                LocalDate.now(clock), run.startsAt().atZone(clock.getZone()).toLocalDate());
        Paragraph when = new Paragraph(
                days > 0
                        ? i18n.getTranslation("run.daysLeft", locale, days)
                        : days == 0
                                ? i18n.getTranslation("run.today", locale)
                                : i18n.getTranslation("run.held", locale));
        when.addClassName("meta");
        card.add(when);
        return card;
    }

    /** "Holdet er aflyst …" with the date and the reason, for a cancelled run. */
    static Optional<Paragraph> cancelled(Locale locale, CourseRunSummary run, AppI18NProvider i18n) {
        Instant at = run.cancelledAt();
        if (at == null) {
            return Optional.empty();
        }
        Paragraph p = new Paragraph(i18n.getTranslation(
                "run.cancelled", locale, Formats.date(at, locale, i18n), Objects.toString(run.cancelReason(), "")));
        p.addClassNames("warning-box", "run-cancelled");
        return Optional.of(p);
    }

    /** "3 af 20 pladser besat" or "3 deltagere – intet loft over antallet": every run says how full it is. */
    static String placesText(Locale locale, AppI18NProvider i18n, int participants, @Nullable Integer capacity) {
        return capacity == null
                ? i18n.getTranslation("run.placesOpen", locale, participants)
                : i18n.getTranslation("run.placesOf", locale, participants, capacity);
    }

    static String places(Component host, int participants, @Nullable Integer capacity) {
        return capacity == null
                ? host.getTranslation("run.placesOpen", participants)
                : host.getTranslation("run.placesOf", participants, capacity);
    }

    /** The card with a link to the run's page, for those who manage it. */
    static Div linked(
            Locale locale, CourseRunSummary run, Map<AccountId, String> names, AppI18NProvider i18n, Clock clock) {
        Div card = card(locale, run, names, i18n, clock);
        Anchor open = new Anchor(RunPaths.run(run.id()), i18n.getTranslation("runs.open", locale, run.name()));
        open.addClassName("card-action");
        card.add(open);
        return card;
    }
}
