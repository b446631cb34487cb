package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.attestkursus.myths.AnswerCounts;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.PollCounts;

/**
 * Votes per answer as bars with the number and share written out: the numbers are the data, the
 * bars only show it. Bars are hidden from screen readers, the text is not. Answers under the group
 * rule (decision 016) show only what the rule allows, and say why.
 */
final class CountBars {

    private CountBars() {}

    /**
     * The answers as far as the group rule allows: the bars, or a line saying why they are not
     * shown ({@code <idPrefix>-withheld}). With {@code turnout}, how many of the run's participants
     * have answered ({@code live-turnout}), when the rule allows that.
     */
    static Div of(Component host, String idPrefix, AnswerCounts answers, boolean turnout) {
        Div box = new Div();
        box.addClassName("answer-counts");
        if (answers.shown()) {
            box.add(of(host, idPrefix, answers.counts()));
        } else {
            String text = switch (answers.visibility()) {
                case TOO_FEW_ANSWERS -> host.getTranslation("polls.group.fewAnswers", AnswerCounts.MIN_GROUP);
                case TOO_FEW_PEOPLE -> host.getTranslation("polls.group.fewPeople", AnswerCounts.MIN_GROUP);
                default -> "";
            };
            Paragraph withheld = new Paragraph(text);
            withheld.setId(idPrefix + "-withheld");
            withheld.addClassName("answers-withheld");
            box.add(withheld);
        }
        if (turnout && answers.answeredShown()) {
            Paragraph line = new Paragraph(host.getTranslation("polls.turnout", answers.answered(), answers.people()));
            line.setId("live-turnout");
            box.add(line);
        }
        return box;
    }

    /** One line on the answers before the session, as far as the group rule allows. */
    static String beforeLine(Component host, AnswerCounts answers) {
        return switch (answers.visibility()) {
            case SHOWN ->
                host.getTranslation(
                        "polls.beforeShort",
                        answers.counts().myth(),
                        answers.counts().fact(),
                        answers.counts().dontKnow());
            case TOO_FEW_ANSWERS ->
                answers.answered() == 0
                        ? host.getTranslation("polls.beforeNone")
                        : host.getTranslation("polls.beforeFew", answers.answered(), AnswerCounts.MIN_GROUP);
            default -> host.getTranslation("polls.beforeFewPeople", AnswerCounts.MIN_GROUP);
        };
    }

    static Div of(Component host, String idPrefix, PollCounts counts) {
        Div bars = new Div();
        bars.addClassName("count-bars");
        bars.setId(idPrefix);
        for (MythAnswer answer : MythAnswer.values()) {
            Div row = new Div();
            row.addClassName("count-row");
            Span label = new Span(host.getTranslation("myths.answer." + MythReveal.key(answer)));
            label.addClassName("count-label");
            Span value = new Span(host.getTranslation("myths.count", counts.count(answer), counts.percent(answer)));
            value.addClassName("count-value");
            value.setId(idPrefix + "-" + MythReveal.key(answer));
            Div track = new Div();
            track.addClassName("count-track");
            track.getElement().setAttribute("aria-hidden", "true");
            Div fill = new Div();
            fill.addClassName("count-fill");
            fill.getStyle().set("width", counts.percent(answer) + "%");
            track.add(fill);
            row.add(label, value, track);
            bars.add(row);
        }
        Span total = new Span(host.getTranslation("myths.total", counts.total()));
        total.addClassName("count-total");
        total.setId(idPrefix + "-total");
        bars.add(total);
        return bars;
    }
}
