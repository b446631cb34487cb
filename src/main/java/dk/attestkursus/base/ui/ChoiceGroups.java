package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Collection;
import java.util.List;

/** Radio groups for questions with one answer: required, stacked (long labels wrap on phones). */
public final class ChoiceGroups {

    private ChoiceGroups() {}

    public static <T> RadioButtonGroup<T> required(
            String id, String label, Collection<T> items, ItemLabelGenerator<T> labels) {
        RadioButtonGroup<T> group = new RadioButtonGroup<>();
        group.setId(id);
        group.setLabel(label);
        group.setItems(items);
        group.setItemLabelGenerator(labels);
        group.setRequiredIndicatorVisible(true);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return group;
    }

    /** "Hvor sikker er du?" from 1 (very unsure) to 5 (quite sure). */
    public static RadioButtonGroup<Integer> confidence(Component host, String id) {
        return required(
                id,
                host.getTranslation("cases.confidence"),
                List.of(1, 2, 3, 4, 5),
                i -> host.getTranslation("cases.confidence." + i));
    }
}
