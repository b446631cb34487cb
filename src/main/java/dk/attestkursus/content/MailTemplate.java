package dk.attestkursus.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A mail written in {@code content/emails/<id>.md}: Markdown with placeholders such as
 * {@code {{navn}}}. Filling it in treats every value as plain text (escaped in the HTML, never read as
 * Markdown), except the ready-made Markdown list of open preparation tasks.
 */
public record MailTemplate(
        String id, MailAudience audience, String subject, String body, Set<String> placeholders, String sourceId) {

    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "navn",
            "hold",
            "kommune",
            "dato",
            "tidspunkt",
            "sted",
            "moedelink",
            "undervisere",
            "frist",
            "antal_deltagere",
            "manglende_opgaver",
            "opfoelgning_dato",
            "link_forside",
            "link_selvvurdering",
            "link_myter",
            "link_anmodning",
            "link_handlingsplan",
            "link_opfoelgning",
            "link_resultater",
            "tilmelding",
            "link_aktiver",
            "link_nulstil",
            "gyldig_til",
            "link_glemt",
            "link_login",
            "arbejdsmail",
            "aarsag",
            "spoergsmaal",
            "svarmuligheder",
            "svarfrist",
            "link_afmeld");

    /** Placeholders only an account mail (an invitation, a reset: personal links) may use. */
    public static final Set<String> ACCOUNT_ONLY = Set.of(
            "tilmelding", "link_aktiver", "link_nulstil", "gyldig_til", "link_glemt", "link_login", "arbejdsmail");

    /** Placeholders every mail may use. */
    public static final Set<String> ANY_AUDIENCE = Set.of("navn", "kommune", "link_forside");

    /** What an account mail may use: its own and those of every mail. */
    public static final Set<String> ACCOUNT_PLACEHOLDERS = Set.of(
            "tilmelding",
            "link_aktiver",
            "link_nulstil",
            "gyldig_til",
            "link_glemt",
            "link_login",
            "arbejdsmail",
            "navn",
            "kommune",
            "link_forside");

    /** Placeholders only a caseworker's mail may use (personal links and tasks): never in a leader's mail. */
    public static final Set<String> PARTICIPANT_ONLY = Set.of(
            "link_selvvurdering",
            "link_myter",
            "link_anmodning",
            "link_handlingsplan",
            "link_opfoelgning",
            "manglende_opgaver",
            "spoergsmaal",
            "svarmuligheder",
            "svarfrist",
            "link_afmeld");

    /** Placeholders only a leader's mail may use. */
    public static final Set<String> LEADER_ONLY = Set.of("link_resultater");

    /** Values that are Markdown the platform writes itself (from the translations), rendered as such. */
    static final Set<String> MARKDOWN_VALUES = Set.of("manglende_opgaver", "svarmuligheder");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}\\n]*)}}");

    public MailTemplate {
        placeholders = Set.copyOf(placeholders);
    }

    /** Fills the template in; fails naming the first placeholder it uses that has no value. */
    public RenderedMail render(Map<String, String> values) {
        for (String used : placeholders) {
            if (!values.containsKey(used)) {
                throw new IllegalArgumentException("No value for placeholder {{" + used + "}} in mail " + id);
            }
        }
        String subjectText = fill(subject, values).replaceAll("\\s+", " ").strip();
        // Each plain value becomes a token Markdown cannot read as markup; the tokens are replaced by
        // the escaped values after rendering.
        List<String> plain = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder markdown = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String value = values.get(name);
            String replacement;
            if (MARKDOWN_VALUES.contains(name)) {
                replacement = value;
            } else {
                replacement = token(plain.size());
                plain.add(value);
            }
            m.appendReplacement(markdown, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(markdown);
        String html = Markdown.html(markdown.toString());
        // The text part reads as text, not Markdown (issue 23): no ** or [link](…), a link as "text" (address).
        String text = Markdown.text(markdown.toString());
        for (int i = plain.size() - 1; i >= 0; i--) {
            html = html.replace(token(i), Entities.escape(plain.get(i)));
            text = text.replace(token(i), plain.get(i));
        }
        return new RenderedMail(subjectText, text.strip() + "\n", html);
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(values.get(m.group(1).strip())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A stand-in that survives Markdown and the sanitiser unchanged, also as a link's address. */
    private static String token(int index) {
        return "https://placeholder.invalid/" + index + "/";
    }
}
