package dk.attestkursus.requests.domain;

import java.util.Arrays;
import java.util.List;

/** The list of questions in one column, separated by the unit separator (the service strips it from input). */
final class QuestionsConverter {

    static final char SEPARATOR = '\u001F';

    private QuestionsConverter() {}

    static String join(List<String> questions) {
        return String.join(String.valueOf(SEPARATOR), questions);
    }

    static List<String> split(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(String.valueOf(SEPARATOR), -1));
    }
}
