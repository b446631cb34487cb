package dk.attestkursus.session.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Markdown;
import dk.attestkursus.requests.Exercises;
import dk.attestkursus.session.SessionBlock;
import dk.attestkursus.session.SessionSnapshot;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The current block on the facilitator view: where the session is, who leads, the timer, what to
 * do and say, and the buttons for the block's polls, exercises and slides. A poll that is live is
 * run in the poll panel below the card, so its button is not shown here.
 */
final class CurrentBlockCard extends Div {

    /** What the card's buttons do. */
    interface Actions {
        void openPoll(String mythId);

        void openExercise(String exerciseId);

        void slide(int index);
    }

    CurrentBlockCard(
            SessionSnapshot s,
            SessionBlock current,
            Course course,
            @Nullable String livePollMyth,
            Clock clock,
            Actions actions) {
        addClassNames("card", "current-block");
        setId("current-block");
        Span position = new Span(getTranslation(
                "session.blockOf", current.position() + 1, s.blocks().size()));
        position.addClassName("meta");
        H2 heading = new H2(current.title());
        heading.setId("current-title");
        Paragraph lead = new Paragraph(
                getTranslation("session.leads", getTranslation(current.lead().labelKey())));
        lead.setId("current-lead");
        lead.addClassName("lead-now");
        add(position, heading, lead, BlockTimer.of(this, s, current, clock));
        if (!current.description().isBlank()) {
            add(new Html("<div class=\"lesson-body\">" + Markdown.html(current.description()) + "</div>"));
        }
        if (!current.prompts().isEmpty()) {
            Div prompts = new Div(new H3(getTranslation("session.prompts")));
            prompts.addClassName("prompts");
            prompts.setId("current-prompts");
            UnorderedList list = new UnorderedList();
            current.prompts().forEach(p -> list.add(new ListItem(p)));
            prompts.add(list);
            add(prompts);
        }
        if (!current.instructorNote().isBlank()) {
            Details note = new Details(
                    getTranslation("session.instructorNote"),
                    new Html("<div class=\"lesson-body\">" + Markdown.html(current.instructorNote()) + "</div>"));
            note.setOpened(true);
            add(note);
        }
        if (!current.materials().isEmpty()) {
            UnorderedList materials = new UnorderedList();
            current.materials().forEach(m -> materials.add(new ListItem(m)));
            add(new H3(getTranslation("session.materials")), materials);
        }
        if (current.video() != null) {
            add(new Paragraph(getTranslation(
                    "session.video", current.video().title(), current.video().note())));
            current.video().link().ifPresent(url -> {
                Anchor play = new Anchor(
                        url, getTranslation("session.playVideo", current.video().title()));
                play.setTarget("_blank");
                play.setId("video-link");
                play.addClassName("secondary-link");
                add(play);
            });
        }
        HorizontalLayout open = openButtons(s, current, course, livePollMyth, actions);
        if (open.getComponentCount() > 0) {
            add(open);
        }
        if (!current.slides().isEmpty()) {
            add(slideControls(s, current, actions));
        }
    }

    private HorizontalLayout openButtons(
            SessionSnapshot s, SessionBlock current, Course course, @Nullable String livePollMyth, Actions actions) {
        HorizontalLayout open = new HorizontalLayout();
        open.setWrap(true);
        open.setId("open-buttons");
        for (String mythId : current.polls()) {
            if (mythId.equals(livePollMyth)) {
                continue; // live now: run in the poll panel
            }
            course.myth(mythId).ifPresent(myth -> {
                Button b = new Button(
                        getTranslation("session.openPoll", shorten(myth.statement())),
                        VaadinIcon.LIGHTBULB.create(),
                        e -> actions.openPoll(mythId));
                b.getElement().setAttribute("data-poll", mythId);
                open.add(b);
            });
        }
        for (String exerciseId : current.exercises()) {
            course.writing().exercise(exerciseId).ifPresent(ex -> {
                boolean isOpen = s.openExercise().filter(exerciseId::equals).isPresent();
                String caseTitle = Exercises.title(course, ex);
                Button b = new Button(
                        getTranslation(isOpen ? "session.exerciseOpen" : "session.openExercise", caseTitle),
                        VaadinIcon.EDIT.create(),
                        e -> actions.openExercise(exerciseId));
                b.getElement().setAttribute("data-exercise", exerciseId);
                b.setEnabled(!isOpen);
                open.add(b);
            });
        }
        return open;
    }

    private HorizontalLayout slideControls(SessionSnapshot s, SessionBlock current, Actions actions) {
        int index = Math.min(s.slideIndex(), current.slides().size() - 1);
        Span slide = new Span(getTranslation(
                "session.slideOf",
                index + 1,
                current.slides().size(),
                current.slides().get(index).title()));
        slide.setId("slide-position");
        Button prev = new Button(
                getTranslation("session.prevSlide"), VaadinIcon.ARROW_LEFT.create(), e -> actions.slide(index - 1));
        prev.setEnabled(index > 0);
        prev.setId("slide-prev");
        Button next = new Button(
                getTranslation("session.nextSlide"), VaadinIcon.ARROW_RIGHT.create(), e -> actions.slide(index + 1));
        next.setEnabled(index < current.slides().size() - 1);
        next.setId("slide-next");
        HorizontalLayout slides = new HorizontalLayout(prev, slide, next);
        slides.setAlignItems(HorizontalLayout.Alignment.CENTER);
        slides.setWrap(true);
        slides.addClassName("slide-controls");
        return slides;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
