package org.shipshape.model.customs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shipshape.model.common.Language;
import org.shipshape.model.categories.Category;
import org.shipshape.model.settings.Organisation;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.shipments.Shipment;

/**
 * Everything the customs documents of one shipment are printed from, read in one go. Holds no donor data.
 *
 * @param containerType      null when the shipment has no container type yet
 * @param packages           every package of the shipment, by package number
 * @param categories         the categories the lines use, by id
 * @param itemTests          test records of the donated items lines were packed from, by item id
 * @param loadedParcelIds    packages scanned into the container (the container list), empty before loading
 * @param countryLanguages   the destination country's document languages, used when the shipment names none
 */
public record CustomsData(Shipment shipment, Organisation organisation, ContainerType containerType,
                          List<PackageContents> packages, Map<Long, Category> categories,
                          Map<Long, ItemTest> itemTests, List<Long> loadedPackageIds, PhraseBook phrases,
                          List<DestinationRule> rules, List<Language> countryLanguages) {
    public CustomsData {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(phrases, "phrases");
        packages = List.copyOf(packages);
        categories = Map.copyOf(categories);
        itemTests = Map.copyOf(itemTests);
        loadedPackageIds = List.copyOf(loadedPackageIds);
        rules = List.copyOf(rules);
        countryLanguages = List.copyOf(countryLanguages);
    }

    public Optional<Category> category(long id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** The language printed beside English: the shipment's first document language, else the country's. */
    public Language documentLanguage() {
        List<Language> chosen = shipment.documentLanguages().isEmpty() ? countryLanguages
                : shipment.documentLanguages();
        return chosen.stream().filter(l -> l != Language.EN).findFirst().orElse(Language.EN);
    }
}
