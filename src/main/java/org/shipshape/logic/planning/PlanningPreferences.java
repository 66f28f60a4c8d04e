package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.store.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the forwarder and the coordinator tell the planner, stored as plain settings keys (docs/PLANNER.md lists
 * them). A value that cannot be read falls back to its default, and the log says which key was ignored.
 *
 * @param maxCogLengthPercent how far the centre of gravity may lie from the middle of the length, in % of it
 * @param maxCogWidthPercent  the same across the width
 * @param bracedAtBackWall    part loads are braced at the back wall, so they may stay there off-centre
 */
public record PlanningPreferences(double maxCogLengthPercent, double maxCogWidthPercent, boolean bracedAtBackWall,
                                  Map<String, Double> containerCosts) {
    public static final String COG_LENGTH_KEY = "planning.cog.maxLengthOffsetPercent";
    public static final String COG_WIDTH_KEY = "planning.cog.maxWidthOffsetPercent";
    public static final String BRACED_KEY = "planning.bracedAtBackWall";
    /** Followed by a container type code, such as {@code planning.containerCost.40HC}. */
    public static final String CONTAINER_COST_PREFIX = "planning.containerCost.";
    /** Followed by a shipment reference; the value lists groups separated by ';', package numbers by ','. */
    public static final String TRAVEL_TOGETHER_PREFIX = "planning.travelTogether.";

    private static final Logger LOG = LoggerFactory.getLogger(PlanningPreferences.class);

    public PlanningPreferences {
        containerCosts = Map.copyOf(containerCosts);
    }

    public static PlanningPreferences defaults() {
        return new PlanningPreferences(PlannerSettings.DEFAULT_COG_LENGTH_OFFSET * 100,
                PlannerSettings.DEFAULT_COG_WIDTH_OFFSET * 100, false, Map.of());
    }

    /** Reads the planning keys; the cost of each given container type is read too. */
    public static PlanningPreferences read(SettingsRepository settings, List<ContainerType> types) {
        PlanningPreferences defaults = defaults();
        double length = percent(settings, COG_LENGTH_KEY, defaults.maxCogLengthPercent());
        double width = percent(settings, COG_WIDTH_KEY, defaults.maxCogWidthPercent());
        boolean braced = settings.get(BRACED_KEY).map(v -> {
            String text = v.trim().toLowerCase(java.util.Locale.ROOT);
            if (!text.equals("true") && !text.equals("false")) {
                LOG.warn("Setting {} = '{}' is neither true nor false; using false", BRACED_KEY, v);
            }
            return text.equals("true");
        }).orElse(false);
        Map<String, Double> costs = new HashMap<>();
        for (ContainerType type : types) {
            String key = CONTAINER_COST_PREFIX + type.code();
            settings.get(key).ifPresent(v -> {
                Double cost = number(v);
                if (cost == null || cost <= 0) {
                    LOG.warn("Setting {} = '{}' is not a positive number; costing the container by its volume", key,
                            v);
                } else {
                    costs.put(type.code(), cost);
                }
            });
        }
        return new PlanningPreferences(length, width, braced, costs);
    }

    private static double percent(SettingsRepository settings, String key, double fallback) {
        return settings.get(key).map(v -> {
            Double value = number(v.replace("%", ""));
            if (value == null || value <= 0 || value > 50) {
                LOG.warn("Setting {} = '{}' is not a percentage above 0 and up to 50; using {}", key, v, fallback);
                return fallback;
            }
            return value;
        }).orElse(fallback);
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The planner settings with these limits. */
    public PlannerSettings applyTo(PlannerSettings settings) {
        return settings.withCentreOfGravityLimits(maxCogLengthPercent / 100, maxCogWidthPercent / 100)
                .withBracedAtBackWall(bracedAtBackWall);
    }

    /**
     * What one container of the type costs: the set cost, or else its inside volume in m3, so that without costs the
     * smaller mix wins (one 40 ft high cube and one 20 ft rather than two 40 ft high cubes).
     */
    public double cost(ContainerType type) {
        Double set = containerCosts.get(type.code());
        return set != null ? set : type.insideVolumeM3().doubleValue();
    }

    /** The travel-together groups stored for a shipment: lists of package numbers. */
    public static List<List<String>> travelGroups(SettingsRepository settings, String shipmentReference) {
        Objects.requireNonNull(shipmentReference, "shipmentReference");
        return settings.get(TRAVEL_TOGETHER_PREFIX + shipmentReference).map(PlanningPreferences::parseGroups)
                .orElse(List.of());
    }

    /** "A,B;C,D" gives [[A, B], [C, D]]; blanks are ignored. */
    public static List<List<String>> parseGroups(String text) {
        List<List<String>> groups = new ArrayList<>();
        for (String group : text.split(";")) {
            List<String> numbers = new ArrayList<>();
            for (String number : group.split(",")) {
                if (!number.isBlank()) {
                    numbers.add(number.trim());
                }
            }
            if (!numbers.isEmpty()) {
                groups.add(List.copyOf(numbers));
            }
        }
        return groups;
    }
}
