package dk.attestkursus.practice;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.SiteAddress;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.content.MailTemplate;
import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.content.RenderedMail;
import dk.attestkursus.kernel.OptionOrder;
import dk.attestkursus.practice.domain.PracticeStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The words of a practice question for one person: the options' texts (a myth's verdicts and the "no
 * form" answer from the translations, a case's forms from the form catalogue) in that person's shuffled
 * order, the feedback after an answer, and the mail with one link per answer.
 */
@Component
class PracticeTexts {

    static final Locale DANISH = AppI18NProvider.DANISH;
    static final String MAIL = "oevelse";

    private final AppI18NProvider i18n;
    private final SiteAddress site;

    PracticeTexts(AppI18NProvider i18n, SiteAddress site) {
        this.i18n = i18n;
        this.site = site;
    }

    /** The question of a prompt with its options in the person's order; empty if the item left the content. */
    Optional<PracticeQuestion> question(Course course, PracticeStore.Prompt prompt) {
        return course.practice().item(prompt.itemKey()).map(item -> {
            List<PracticeItem.Option> options = item.options();
            List<PracticeQuestion.Choice> choices =
                    OptionOrder.of(prompt.accountId(), item.id(), prompt.step(), options.size()).stream()
                            .map(options::get)
                            .map(o -> new PracticeQuestion.Choice(o.key(), optionText(course, item, o)))
                            .toList();
            return new PracticeQuestion(prompt.id(), item.id(), item.question(), choices, prompt.expiresAt());
        });
    }

    /** What the person sees after answering {@code answerKey}. */
    PracticeFeedback feedback(Course course, PracticeItem item, String answerKey) {
        PracticeItem.Option chosen = item.option(answerKey).orElseThrow();
        List<String> right = item.options().stream()
                .filter(o -> o.judgement() == PracticeItem.Judgement.RIGHT)
                .map(o -> optionText(course, item, o))
                .toList();
        return new PracticeFeedback(
                item.question(),
                optionText(course, item, chosen),
                chosen.judgement(),
                right,
                item.explanationHtml(),
                item.figure(),
                item.quote(),
                course.sources(item.sourceIds()));
    }

    String optionText(Course course, PracticeItem item, PracticeItem.Option option) {
        if (option.text() != null) {
            return option.text();
        }
        if (item.kind() == PracticeItem.Kind.MYTH) {
            return i18n.getTranslation("practice.option." + option.key(), DANISH);
        }
        if (FormCase.NONE.equals(option.key())) {
            return i18n.getTranslation("practice.option.none", DANISH);
        }
        return course.forms().stream()
                .filter(f -> f.number().equals(option.key()))
                .findFirst()
                .map(LaeForm::title)
                .map(title -> option.key() + " – " + title)
                .orElse(option.key());
    }

    /** The practice mail to one person: the question, a link per answer, the link to unsubscribe. */
    RenderedMail mail(Course course, String name, PracticeQuestion question, String token) {
        MailTemplate template = course.transfer()
                .mail(MAIL)
                .orElseThrow(() -> new IllegalStateException("content/emails has no mail '" + MAIL + "'"));
        StringBuilder answers = new StringBuilder();
        for (PracticeQuestion.Choice choice : question.choices()) {
            answers.append("- [")
                    .append(escape(choice.text()))
                    .append("](")
                    .append(answerLink(token, choice.key()))
                    .append(")\n");
        }
        Map<String, String> values = new HashMap<>();
        values.put("navn", name);
        values.put("spoergsmaal", question.question());
        values.put("svarmuligheder", answers.toString());
        values.put("svarfrist", Formats.date(question.expiresAt().minusSeconds(1), DANISH, i18n));
        values.put("link_forside", site.base() + "/" + StartPages.PARTICIPANT);
        values.put("link_afmeld", site.base() + "/" + PracticePaths.UNSUBSCRIBE + "?token=" + token);
        return template.render(values);
    }

    String answerLink(String token, String answerKey) {
        return site.base() + "/" + PracticePaths.ANSWER + "?token=" + token + "&svar="
                + URLEncoder.encode(answerKey, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An option's words as Markdown link text: brackets and the like stay text. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\\\[\\]*_`])", "\\\\$1");
    }

    static boolean expired(PracticeStore.Prompt prompt, Instant now) {
        return !prompt.expiresAt().isAfter(now);
    }
}
