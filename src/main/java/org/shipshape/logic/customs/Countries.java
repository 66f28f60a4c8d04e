package org.shipshape.logic.customs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.shipshape.logic.common.CodedReferenceData;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.Country;
import org.shipshape.store.customs.DestinationRuleRepository;
import org.shipshape.store.shipments.CountryRepository;

/**
 * Destination countries as reference data: name and document languages. A country shipments went to cannot be
 * deleted, only retired (no longer offered, kept on old shipments); its destination rules go with it only once
 * they are removed.
 */
public final class Countries extends CodedReferenceData<Country> {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final CountryRepository countries;

    public Countries(Workspace workspace) {
        this(workspace, new CountryRepository(workspace.database()), "customs.country");
    }

    private Countries(Workspace workspace, CountryRepository countries, String feature) {
        super(workspace, countries, feature);
        this.countries = countries;
    }

    public static String code(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public List<Message> problems(Country country, boolean isNew) {
        List<Message> problems = new ArrayList<>();
        if (!ISO_COUNTRIES.contains(country.code())) {
            problems.add(Message.of("customs.country.invalidCode", country.code()));
        } else if (isNew && countries.find(country.code()).isPresent()) {
            problems.add(Message.of("customs.country.codeTaken", country.code()));
        }
        if (country.name().isBlank()) {
            problems.add(Message.of("customs.country.nameMissing"));
        }
        return problems;
    }

    @Override
    protected Country normalised(Country edited) {
        return new Country(code(edited.code()), edited.name().trim(), edited.documentLanguages(), edited.retired());
    }

    @Override
    protected Optional<Message> keptBy(Country entry) {
        int shipments = countries.shipmentsTo(entry.code());
        if (shipments > 0) {
            return Optional.of(Message.of("customs.country.inUse", entry.code(), shipments));
        }
        int rules = new DestinationRuleRepository(workspace.database()).forCountry(entry.code()).size();
        return rules > 0 ? Optional.of(Message.of("customs.country.hasRules", entry.code(), rules)) : Optional.empty();
    }

    @Override
    protected UserInputException unknown(String code) {
        return new UserInputException(Message.of("customs.country.unknown", code(code)));
    }

}
