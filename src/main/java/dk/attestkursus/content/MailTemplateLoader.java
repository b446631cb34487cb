package dk.attestkursus.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Reads {@code emails/*.md}: one Markdown file with YAML front matter per mail, exactly the mails
 * the platform sends. Every placeholder must be a known one (an unknown or broken one stops loading
 * with file and line), and a leader's mail never carries a caseworker's personal links.
 */
final class MailTemplateLoader {

    /** The mails the platform sends, by template id. */
    static final List<String> REQUIRED = List.of(
            "introduktion",
            "paamindelse",
            "paamindelse-opfoelgning",
            "leder-foer",
            "opfoelgning-1",
            "opfoelgning-2",
            "leder-efter",
            "konto-invitation",
            "nulstil-adgangskode",
            "oevelse",
            "konto-kommunens-login",
            "kalender-aendring",
            "kalender-aflysning",
            "kalender-afmelding");

    private MailTemplateLoader() {}

    static List<MailTemplate> load(Path root, Map<String, Source> sources) {
        Path dir = root.resolve("emails");
        if (!Files.isDirectory(dir)) {
            throw new ContentException(dir, 0, "folder not found: the mails need emails/*.md");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ContentException(dir, 0, "cannot be read: " + e.getMessage());
        }
        List<MailTemplate> templates = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - 3);
            if (!REQUIRED.contains(id)) {
                throw new ContentException(file, 0, "unknown mail '" + id + "': the mails are " + REQUIRED);
            }
            templates.add(load(file, id, sources));
        }
        for (String id : REQUIRED) {
            if (templates.stream().noneMatch(t -> t.id().equals(id))) {
                throw new ContentException(
                        dir.resolve(id + ".md"), 0, "file not found: the mail '" + id + "' is sent by the platform");
            }
        }
        return templates;
    }

    private static MailTemplate load(Path file, String id, Map<String, Source> sources) {
        String text = YamlDoc.read(file).replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new ContentException(file, 1, "a mail must start with YAML front matter between '---' lines");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new ContentException(file, 1, "front matter is not closed with a '---' line");
        }
        String frontMatter = text.substring(4, end + 1);
        int bodyLine = frontMatter.split("\n", -1).length + 2;
        String body = text.substring(end + 5);
        YamlDoc.Fields meta = YamlDoc.Fields.of(file, 1, YamlDoc.parse(file, frontMatter, 1), "front matter")
                .allowOnly(Set.of("id", "audience", "subject", "source"));
        if (!meta.string("id").equals(id)) {
            throw new ContentException(
                    file, meta.line("id"), "id '" + meta.string("id") + "' must be the file name '" + id + "'");
        }
        MailAudience audience = switch (meta.string("audience")) {
            case "deltager" -> MailAudience.PARTICIPANT;
            case "leder" -> MailAudience.LEADER;
            case "konto" -> MailAudience.ACCOUNT;
            default ->
                throw new ContentException(
                        file, meta.line("audience"), "audience must be 'deltager', 'leder' or 'konto'");
        };
        String source = meta.string("source");
        ContentLoader.requireSource(sources, source, file, meta.line("source"));
        if (body.isBlank()) {
            throw new ContentException(file, bodyLine, "the mail has no text");
        }
        String subject = meta.string("subject");
        Set<String> used = new LinkedHashSet<>();
        check(file, subject, meta.line("subject"), audience, used);
        check(file, body, bodyLine, audience, used);
        return new MailTemplate(id, audience, subject, body.strip() + "\n", used, source);
    }

    /** Collects the placeholders in {@code text} (starting at {@code firstLine}); refuses unknown or broken ones. */
    private static void check(Path file, String text, int firstLine, MailAudience audience, Set<String> used) {
        Matcher m = MailTemplate.PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            int line = firstLine + lineOf(text, m.start());
            if (!MailTemplate.PLACEHOLDERS.contains(name)) {
                throw new ContentException(
                        file,
                        line,
                        "unknown placeholder {{" + name + "}}; known: " + new TreeSet<>(MailTemplate.PLACEHOLDERS));
            }
            if (audience == MailAudience.LEADER && MailTemplate.PARTICIPANT_ONLY.contains(name)) {
                throw new ContentException(
                        file, line, "a leader's mail cannot use {{" + name + "}}: it is a caseworker's own");
            }
            if (audience == MailAudience.PARTICIPANT && MailTemplate.LEADER_ONLY.contains(name)) {
                throw new ContentException(file, line, "a caseworker's mail cannot use {{" + name + "}}");
            }
            if ((audience == MailAudience.ACCOUNT) != MailTemplate.ACCOUNT_ONLY.contains(name)
                    && !MailTemplate.ANY_AUDIENCE.contains(name)) {
                throw new ContentException(
                        file,
                        line,
                        audience == MailAudience.ACCOUNT
                                ? "an account mail can use only " + new TreeSet<>(MailTemplate.ACCOUNT_PLACEHOLDERS)
                                : "{{" + name + "}} is for an account mail (audience: konto)");
            }
            used.add(name);
        }
        String rest = MailTemplate.PLACEHOLDER.matcher(text).replaceAll("");
        int at = rest.indexOf("{{") >= 0 ? rest.indexOf("{{") : rest.indexOf("}}");
        if (at >= 0) {
            throw new ContentException(
                    file, firstLine + lineOf(rest, at), "a placeholder is not closed: write {{name}}");
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
