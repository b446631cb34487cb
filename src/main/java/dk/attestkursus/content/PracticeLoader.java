package dk.attestkursus.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code practice.yml} (issue 27): the practice days after the session, the time the mails go,
 * how long a link works, and the questions. An item names a myth ({@code myth:}) or a case
 * ({@code case:}) of the course, whose verdict, reasoning, figure and sources it takes over, or is a
 * question of its own with its options, explanation and sources. Every problem names file and line.
 */
final class PracticeLoader {

    static final int MAX_DAYS = 8;
    static final int MAX_DAY = 180;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 4;
    static final int QUESTION_MAX = 400;
    static final int OPTION_MAX = 200;
    /** The working day's window a practice mail may go out in: no mails at night (issue 27). */
    static final LocalTime EARLIEST = LocalTime.of(8, 0);

    static final LocalTime LATEST = LocalTime.of(16, 0);

    private static final String[] KEYS = {"a", "b", "c", "d"};

    private PracticeLoader() {}

    static Practice load(
            Path file,
            Map<String, Source> sources,
            List<Myth> myths,
            List<FormCase> cases,
            Set<String> formNumbers,
            UnaryOperator<String> markdown) {
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found: the practice after the session needs its questions");
        }
        YamlDoc.Fields doc = YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), "practice.yml")
                .allowOnly(Set.of("schedule", "items"));
        Node scheduleNode = doc.raw("schedule");
        if (scheduleNode == null) {
            throw new ContentException(file, doc.line(), "missing required field 'schedule'");
        }
        YamlDoc.Fields schedule = YamlDoc.Fields.of(file, 0, scheduleNode, "the schedule")
                .allowOnly(Set.of("days_after_session", "send_time", "answer_days"));
        List<Integer> days = days(file, schedule);
        LocalTime sendTime = sendTime(file, schedule);
        int answerDays = schedule.integer("answer_days", 1, 60);
        List<PracticeItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : doc.list("items")) {
            YamlDoc.Fields f = YamlDoc.Fields.of(file, 0, node, "a practice item");
            String id = ContentLoader.id(f, "id");
            if (!ids.add(id)) {
                throw new ContentException(file, f.line("id"), "practice item id '" + id + "' appears twice");
            }
            PracticeItem item;
            if (f.raw("myth") != null) {
                item = fromMyth(file, f.allowOnly(Set.of("id", "myth")), id, myths);
            } else if (f.raw("case") != null) {
                item = fromCase(file, f, id, cases, formNumbers, sources);
            } else {
                item = choice(file, f, id, sources, markdown);
            }
            items.add(item);
        }
        if (items.size() < days.size()) {
            throw new ContentException(
                    file,
                    doc.line("items"),
                    "there are " + days.size() + " practice days but only " + items.size()
                            + " items: every day needs a question of its own");
        }
        return new Practice(days, sendTime, answerDays, items);
    }

    private static List<Integer> days(Path file, YamlDoc.Fields schedule) {
        List<Integer> days = new ArrayList<>();
        List<Node> nodes = schedule.list("days_after_session");
        if (nodes.size() > MAX_DAYS) {
            throw new ContentException(
                    file, schedule.line("days_after_session"), "at most " + MAX_DAYS + " practice days");
        }
        for (String text : schedule.stringList("days_after_session")) {
            int day;
            try {
                day = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new ContentException(
                        file, schedule.line("days_after_session"), "'" + text + "' is not a whole number of days");
            }
            if (day < 1 || day > MAX_DAY) {
                throw new ContentException(
                        file,
                        schedule.line("days_after_session"),
                        "a practice day is 1 to " + MAX_DAY + " days after the session, was " + day);
            }
            if (!days.isEmpty() && day <= days.getLast()) {
                throw new ContentException(
                        file, schedule.line("days_after_session"), "the practice days must increase: " + day);
            }
            days.add(day);
        }
        return days;
    }

    private static LocalTime sendTime(Path file, YamlDoc.Fields schedule) {
        String text = schedule.string("send_time");
        LocalTime time;
        try {
            time = LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ContentException(
                    file, schedule.line("send_time"), "send_time must look like 09:00, was '" + text + "'");
        }
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw new ContentException(
                    file,
                    schedule.line("send_time"),
                    "send_time must be between " + EARLIEST + " and " + LATEST + " (no mails at night), was " + text);
        }
        return time;
    }

    private static PracticeItem fromMyth(Path file, YamlDoc.Fields f, String id, List<Myth> myths) {
        String ref = f.string("myth");
        Myth myth = myths.stream()
                .filter(m -> m.id().equals(ref))
                .findFirst()
                .orElseThrow(() ->
                        new ContentException(file, f.line("myth"), "unknown myth '" + ref + "' (not in myths.yml)"));
        List<PracticeItem.Option> options = new ArrayList<>();
        for (Myth.Verdict verdict : Myth.Verdict.values()) {
            options.add(new PracticeItem.Option(
                    verdict.name().toLowerCase(java.util.Locale.ROOT),
                    null,
                    verdict == myth.verdict() ? PracticeItem.Judgement.RIGHT : PracticeItem.Judgement.WRONG));
        }
        return new PracticeItem(
                id,
                PracticeItem.Kind.MYTH,
                ref,
                myth.statement(),
                options,
                "<p>" + Entities.escape(myth.explanation()) + "</p>",
                myth.figure(),
                myth.quote(),
                myth.sourceIds());
    }

    private static PracticeItem fromCase(
            Path file,
            YamlDoc.Fields f,
            String id,
            List<FormCase> cases,
            Set<String> formNumbers,
            Map<String, Source> sources) {
        f.allowOnly(Set.of("id", "case", "question", "options", "figure", "quote", "sources"));
        String ref = f.string("case");
        FormCase formCase = cases.stream()
                .filter(c -> c.id().equals(ref))
                .findFirst()
                .orElseThrow(
                        () -> new ContentException(file, f.line("case"), "unknown case '" + ref + "' (not in cases/)"));
        List<String> keys = f.stringList("options");
        optionCount(file, f, keys.size());
        List<PracticeItem.Option> options = new ArrayList<>();
        for (String key : keys) {
            if (!FormCase.NONE.equals(key) && !formNumbers.contains(key)) {
                throw new ContentException(
                        file, f.line("options"), "option '" + key + "' is no form of forms.yml (nor 'none')");
            }
            PracticeItem.Judgement judgement = formCase.best().contains(key)
                    ? PracticeItem.Judgement.RIGHT
                    : formCase.defensible().contains(key)
                            ? PracticeItem.Judgement.DEFENSIBLE
                            : PracticeItem.Judgement.WRONG;
            options.add(new PracticeItem.Option(key, null, judgement));
        }
        for (String best : formCase.best()) {
            if (!keys.contains(best)) {
                throw new ContentException(
                        file, f.line("options"), "the options must hold the case's best choice '" + best + "'");
            }
        }
        requireWrongOption(file, f, options);
        String figure = f.optString("figure").orElse(null);
        String quote = figureAndQuote(file, f, figure);
        List<String> sourceIds = new ArrayList<>(formCase.sourceIds());
        if (f.raw("sources") != null) {
            for (String s : f.stringList("sources")) {
                ContentLoader.requireSource(sources, s, file, f.line("sources"));
                if (!sourceIds.contains(s)) {
                    sourceIds.add(s);
                }
            }
        }
        return new PracticeItem(
                id,
                PracticeItem.Kind.CASE,
                ref,
                limited(file, f, "question", QUESTION_MAX),
                options,
                formCase.reasoningHtml(),
                figure,
                quote,
                sourceIds);
    }

    private static PracticeItem choice(
            Path file, YamlDoc.Fields f, String id, Map<String, Source> sources, UnaryOperator<String> markdown) {
        f.allowOnly(Set.of("id", "question", "options", "explanation", "figure", "quote", "sources"));
        List<Node> nodes = f.list("options");
        optionCount(file, f, nodes.size());
        List<PracticeItem.Option> options = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            YamlDoc.Fields o =
                    YamlDoc.Fields.of(file, 0, nodes.get(i), "an option").allowOnly(Set.of("text", "right"));
            String text = limited(file, o, "text", OPTION_MAX);
            if (!texts.add(text)) {
                throw new ContentException(file, o.line("text"), "option '" + text + "' appears twice");
            }
            boolean right = o.optBoolean("right").orElse(false);
            options.add(new PracticeItem.Option(
                    KEYS[i], text, right ? PracticeItem.Judgement.RIGHT : PracticeItem.Judgement.WRONG));
        }
        if (options.stream().noneMatch(o -> o.judgement() == PracticeItem.Judgement.RIGHT)) {
            throw new ContentException(file, f.line("options"), "no option is marked 'right: true'");
        }
        requireWrongOption(file, f, options);
        List<String> sourceIds = f.stringList("sources");
        sourceIds.forEach(s -> ContentLoader.requireSource(sources, s, file, f.line("sources")));
        String figure = f.optString("figure").orElse(null);
        String quote = figureAndQuote(file, f, figure);
        return new PracticeItem(
                id,
                PracticeItem.Kind.CHOICE,
                null,
                limited(file, f, "question", QUESTION_MAX),
                options,
                markdown.apply(f.string("explanation")),
                figure,
                quote,
                sourceIds);
    }

    private static void optionCount(Path file, YamlDoc.Fields f, int count) {
        if (count < MIN_OPTIONS || count > MAX_OPTIONS) {
            throw new ContentException(
                    file,
                    f.line("options"),
                    "a practice question has " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options, this one " + count);
        }
    }

    private static void requireWrongOption(Path file, YamlDoc.Fields f, List<PracticeItem.Option> options) {
        if (options.stream().allMatch(o -> o.judgement().counts())) {
            throw new ContentException(file, f.line("options"), "every option is right: a question needs a wrong one");
        }
    }

    /** The quote around a figure: both or neither, the figure word for word in the quote. */
    private static @Nullable String figureAndQuote(Path file, YamlDoc.Fields f, @Nullable String figure) {
        String quote = f.optString("quote").orElse(null);
        if ((figure == null) != (quote == null)) {
            throw new ContentException(
                    file,
                    f.line(figure == null ? "quote" : "figure"),
                    "a figure needs its quote, and a quote its figure");
        }
        if (figure != null && !quote.contains(figure)) {
            throw new ContentException(
                    file, f.line("figure"), "the figure '" + figure + "' must occur word for word in the quote");
        }
        return quote;
    }

    private static String limited(Path file, YamlDoc.Fields f, String key, int max) {
        String text = f.string(key);
        if (text.length() > max) {
            throw new ContentException(
                    file, f.line(key), "field '" + key + "' is " + text.length() + " characters; at most " + max);
        }
        return text;
    }
}
