package org.shipshape.gui.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;

/**
 * Refreshes the items of a choice without losing what the user chose: a choice box whose items are replaced drops
 * its value, so the chosen item (found again by its key) is put back, and the list is left alone when nothing in it
 * changed.
 */
public final class Choices {
    private Choices() {
    }

    /**
     * Replaces the items with fresh ones and chooses again the item with the key of the one chosen before.
     *
     * @return the item chosen now, empty when the one chosen before is gone
     */
    public static <T, K> Optional<T> replaceKeeping(ObservableList<T> items, List<T> fresh, Property<T> chosen,
                                                    Function<T, K> key) {
        T before = chosen.getValue();
        K wanted = before == null ? null : key.apply(before);
        if (!items.equals(fresh)) {
            items.setAll(fresh);
        }
        Optional<T> again = wanted == null ? Optional.empty()
                : fresh.stream().filter(item -> Objects.equals(key.apply(item), wanted)).findFirst();
        again.ifPresent(item -> {
            if (chosen.getValue() != item) {
                chosen.setValue(item);
            }
        });
        return again;
    }
}
