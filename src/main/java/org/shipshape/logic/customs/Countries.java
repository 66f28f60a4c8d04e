package org.shipshape.logic.customs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.Country;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.customs.DestinationRuleRepository;
import org.shipshape.store.shipments.CountryRepository;

/**
 * Destination countries as reference data: name and document languages. A country shipments went to cannot be
 * deleted, only retired (no longer offered, kept on old shipments); its destination rules go with it only once
 * they are removed.
 */
public final class Countries {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final String ENTITY = "country";

    private final Workspace workspace;
    private final CountryRepository countries;

    public Countries(Workspace workspace) {
        this.workspace = workspace;
        this.countries = new CountryRepository(workspace.database());
    }

    public List<Country> all() {
        return countries.countries();
    }

    public static String code(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
    }

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

    /**
     * Adds a new country or changes the one with the same code.
     *
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public Country save(Country edited, boolean isNew) {
        Country country = new Country(code(edited.code()), edited.name().trim(), edited.documentLanguages(),
                edited.retired());
        List<Message> problems = problems(country, isNew);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return workspace.database().inTransaction(() -> {
            if (isNew) {
                countries.insert(country);
            } else {
                countries.update(country);
            }
            audit(isNew ? "create" : "update", country);
            return country;
        });
    }

    /**
     * Deletes a country no shipment went to and that has no rules left; returns it so the deletion can be undone.
     *
     * @throws UserInputException naming the shipments or rules that keep it
     */
    public Country delete(String code) {
        Country country = require(code);
        int shipments = countries.shipmentsTo(country.code());
        if (shipments > 0) {
            throw new UserInputException(Message.of("customs.country.inUse", country.code(), shipments));
        }
        int rules = new DestinationRuleRepository(workspace.database()).forCountry(country.code()).size();
        if (rules > 0) {
            throw new UserInputException(Message.of("customs.country.hasRules", country.code(), rules));
        }
        return workspace.database().inTransaction(() -> {
            countries.delete(country.code());
            audit("delete", country);
            return country;
        });
    }

    public Country restore(Country deleted) {
        return workspace.database().inTransaction(() -> {
            countries.insert(deleted);
            audit("restore", deleted);
            return deleted;
        });
    }

    /** Retires the country (no longer offered) or brings it back. */
    public Country retire(String code, boolean retired) {
        Country country = require(code).withRetired(retired);
        return workspace.database().inTransaction(() -> {
            countries.update(country);
            audit(retired ? "retire" : "reinstate", country);
            return country;
        });
    }

    Country require(String code) {
        return countries.find(code(code)).orElseThrow(() -> new UserInputException(Message.of(
                "customs.country.unknown", code(code))));
    }

    private void audit(String action, Country country) {
        new AuditRepository(workspace.database()).append(workspace.user(), action, ENTITY, country.code(),
                country.name());
    }
}
