package dk.attestkursus.requests.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** The list of questions in one column, separated by the unit separator (the service strips it from input). */
@Converter
public class QuestionsConverter implements AttributeConverter<List<String>, String> {

    public static final char SEPARATOR = '\u001F';

    @Override
    public String convertToDatabaseColumn(List<String> questions) {
        return String.join(String.valueOf(SEPARATOR), questions);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(String.valueOf(SEPARATOR), -1));
    }
}
