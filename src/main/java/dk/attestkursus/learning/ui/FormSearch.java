package dk.attestkursus.learning.ui;

import dk.attestkursus.content.FormTag;
import dk.attestkursus.content.LaeForm;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The form guide's search and filters. Every word of the query must occur in the form's number,
 * request form, title, purpose or tag labels; "285", "lae285" and "LÆ 285" all find LÆ 285.
 * Forms whose number or title match come first, otherwise the catalogue's order is kept.
 */
final class FormSearch {

    private final List<LaeForm> forms;
    private final Map<String, String> tagLabels;

    FormSearch(List<LaeForm> forms, List<FormTag> tags) {
        this.forms = List.copyOf(forms);
        this.tagLabels = tags.stream().collect(Collectors.toMap(FormTag::key, FormTag::label));
    }

    /**
     * @param query            free text, may be blank
     * @param consultationOnly only forms the sources say need a consultation
     * @param tags             keep forms with at least one of these tags; empty keeps all
     */
    List<LaeForm> find(String query, boolean consultationOnly, Set<String> tags) {
        List<String> words = Arrays.stream(normalise(query).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
        Function<LaeForm, Boolean> strong = f -> words.stream()
                .allMatch(w -> compact(f.number()).contains(compact(w))
                        || normalise(f.title()).contains(w));
        return forms.stream()
                .filter(f -> !consultationOnly || Boolean.TRUE.equals(f.consultation()))
                .filter(f -> tags.isEmpty() || f.tags().stream().anyMatch(tags::contains))
                .filter(f -> words.stream()
                        .allMatch(w ->
                                haystack(f).contains(w) || compactHaystack(f).contains(compact(w))))
                .sorted(Comparator.comparing((LaeForm f) -> !strong.apply(f)))
                .toList();
    }

    private String haystack(LaeForm f) {
        StringBuilder text = new StringBuilder()
                .append(f.number())
                .append(' ')
                .append(f.request().orElse(""))
                .append(' ')
                .append(f.title())
                .append(' ')
                .append(f.purpose());
        f.tags().forEach(t -> text.append(' ').append(tagLabels.getOrDefault(t, t)));
        return normalise(text.toString());
    }

    private static String compactHaystack(LaeForm f) {
        return compact(f.number()) + " " + f.request().map(FormSearch::compact).orElse("");
    }

    /** Lower case, "æ" as "ae", so "lae" and "LÆ" match alike. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .strip();
    }

    /** Normalised without spaces or hyphens: "LÆ 285" → "lae285". */
    static String compact(String text) {
        return normalise(text).replaceAll("[\\s-]", "");
    }
}
