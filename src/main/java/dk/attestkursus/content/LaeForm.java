package dk.attestkursus.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One LÆ form of the checked catalogue ({@code content/forms.yml}), as the form guide shows it.
 *
 * @param number       e.g. "LÆ 285"
 * @param slug         the form's address, e.g. "lae-285"
 * @param requestForm  the municipality's request form, e.g. "LÆ 281", where the sources name it
 * @param consultation whether the GP must see the citizen; {@code null} where the sources do not say
 * @param deadline     the GP's deadline as the sources give it; {@code null} where they do not
 * @param fee          the fee with the year it is from, e.g. "1.140 kr. (2021)"
 * @param tags         keys of {@link FormTag}s, for filtering
 */
public record LaeForm(
        String number,
        String slug,
        @Nullable String requestForm,
        String title,
        String purpose,
        @Nullable Boolean consultation,
        @Nullable String deadline,
        String fee,
        List<String> tags,
        List<String> sourceIds) {

    public LaeForm {
        tags = List.copyOf(tags);
        sourceIds = List.copyOf(sourceIds);
    }

    /** "LÆ 285" → "lae-285": the form's stable address. */
    public static String slugOf(String number) {
        return number.toLowerCase(Locale.ROOT).replace("æ", "ae").replace(' ', '-');
    }

    public Optional<String> request() {
        return Optional.ofNullable(requestForm);
    }

    public Optional<Boolean> needsConsultation() {
        return Optional.ofNullable(consultation);
    }

    public Optional<String> deadlineText() {
        return Optional.ofNullable(deadline);
    }
}
