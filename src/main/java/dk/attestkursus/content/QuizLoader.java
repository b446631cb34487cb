package dk.attestkursus.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a module's {@code quiz.yml}: 4-8 questions, 2-5 options each, exactly one right, all explained,
 * each pointing to a lesson of the module to read again. The right option must not sit at the same
 * position in every question (learners see the options shuffled, but instructors preview them and
 * read the statistics in file order), and an explanation does not begin with a verdict such as
 * "Rigtigt." or "Nej.": the page shows the verdict above it.
 */
final class QuizLoader {

    static final int MIN_QUESTIONS = 4;
    static final int MAX_QUESTIONS = 8;

    private QuizLoader() {}

    private static final Pattern FORM_MENTION = Pattern.compile("LÆ ?\\d{3}F?");
    private static final Pattern VERDICT = Pattern.compile(
            "(?i)(rigtigt|korrekt|forkert|nej|ja|jo|ikke helt|ikke nok|ikke altid|ikke rigtigt)\\b\\s*[.,!:–-].*",
            Pattern.DOTALL);

    static List<Question> load(
            Path file, Map<String, Source> sources, Set<String> usedIds, Set<String> knownForms, List<Lesson> lessons) {
        if (!Files.isRegularFile(file)) {
            throw new ContentException(file, 0, "file not found: every module needs a knowledge check (quiz.yml)");
        }
        YamlDoc.Fields doc = YamlDoc.Fields.of(file, 0, YamlDoc.parse(file, YamlDoc.read(file), 0), "quiz.yml")
                .allowOnly(Set.of("questions"));
        List<Node> nodes = doc.list("questions");
        if (nodes.size() < MIN_QUESTIONS || nodes.size() > MAX_QUESTIONS) {
            throw new ContentException(
                    file,
                    doc.line("questions"),
                    "a knowledge check has " + MIN_QUESTIONS + " to " + MAX_QUESTIONS + " questions, this one has "
                            + nodes.size());
        }
        List<Question> questions = new ArrayList<>();
        for (Node node : nodes) {
            questions.add(question(file, node, sources, usedIds, knownForms, lessons));
        }
        if (questions.stream().map(Question::correctIndex).distinct().count() == 1) {
            throw new ContentException(
                    file,
                    doc.line("questions"),
                    "the right option is option "
                            + (questions.getFirst().correctIndex() + 1) + " in every question: vary its position,"
                            + " so that always choosing the same position does not pass");
        }
        return questions;
    }

    /** One question: an id unique in the course, known sources, a lesson of this module, one right option. */
    private static Question question(
            Path file,
            Node node,
            Map<String, Source> sources,
            Set<String> usedIds,
            Set<String> knownForms,
            List<Lesson> lessons) {
        YamlDoc.Fields q = YamlDoc.Fields.of(file, 0, node, "a question")
                .allowOnly(Set.of("id", "text", "sources", "options", "lesson"));
        String id = ContentLoader.id(q, "id");
        if (!usedIds.add(id)) {
            throw new ContentException(file, q.line("id"), "question id '" + id + "' is used twice in the course");
        }
        List<String> sourceIds = q.stringList("sources");
        sourceIds.forEach(s -> ContentLoader.requireSource(sources, s, file, q.line("sources")));
        String lessonId = q.string("lesson");
        if (lessons.stream().noneMatch(l -> l.id().equals(lessonId))) {
            throw new ContentException(
                    file,
                    q.line("lesson"),
                    "lesson '" + lessonId
                            + "' is not a lesson of this module (the lesson to read again after a wrong answer)");
        }
        List<Node> optionNodes = q.list("options");
        if (optionNodes.size() < 2 || optionNodes.size() > 5) {
            throw new ContentException(file, q.line("options"), "a question has 2 to 5 options");
        }
        List<Question.Option> options = new ArrayList<>();
        for (Node optionNode : optionNodes) {
            options.add(option(file, optionNode));
        }
        long right = options.stream().filter(Question.Option::correct).count();
        if (right != 1) {
            throw new ContentException(
                    file, q.line("options"), "exactly one option must have 'correct: true', found " + right);
        }
        Question question = new Question(id, q.string("text"), options, sourceIds, lessonId);
        requireKnownForms(file, q.line(), question, knownForms);
        return question;
    }

    /** An option whose explanation begins with why, not with a verdict. */
    private static Question.Option option(Path file, Node optionNode) {
        YamlDoc.Fields o =
                YamlDoc.Fields.of(file, 0, optionNode, "an option").allowOnly(Set.of("text", "correct", "explanation"));
        String explanation = o.string("explanation");
        if (VERDICT.matcher(explanation).matches()) {
            throw new ContentException(
                    file,
                    o.line("explanation"),
                    "an explanation does not begin with a"
                            + " verdict ('Rigtigt.', 'Nej.', 'Ikke helt.' ...): the page shows whether the answer"
                            + " was right; begin with why");
        }
        return new Question.Option(o.string("text"), o.optBoolean("correct").orElse(false), explanation);
    }

    /** A form named in a question, its options or explanations must be one the catalogue knows. */
    private static void requireKnownForms(Path file, int line, Question question, Set<String> knownForms) {
        StringBuilder text = new StringBuilder(question.text());
        question.options()
                .forEach(o -> text.append(' ').append(o.text()).append(' ').append(o.explanation()));
        Matcher m = FORM_MENTION.matcher(text);
        while (m.find()) {
            String number = m.group().replace("LÆ", "LÆ ").replace("  ", " ");
            if (!knownForms.contains(number)) {
                throw new ContentException(
                        file, line, "question '" + question.id() + "' names " + number + ", which is not in forms.yml");
            }
        }
    }
}
