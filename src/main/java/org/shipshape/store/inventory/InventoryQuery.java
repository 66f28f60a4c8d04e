package org.shipshape.store.inventory;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shipshape.model.inventory.ItemFilter;

/**
 * Builds the one parameterised inventory query from a filter. Stock status is derived, not stored: an item linked
 * from a content line is packed, and shipped once that package's shipment (or its pallet's) has left; only
 * "disposed" is kept in {@code donated_item.status}. So packing never has to update intake's rows.
 */
public final class InventoryQuery {
    /** Shipment statuses after the container left the warehouse. */
    private static final String LEFT = "('shipped','arrived','closed')";
    public static final String STATUS = "CASE WHEN i.status = 'disposed' THEN 'disposed'"
            + " WHEN EXISTS (SELECT 1 FROM content_line cl JOIN parcel p ON p.id = cl.parcel_id"
            + " LEFT JOIN parcel pallet ON pallet.id = p.parent_id"
            + " JOIN shipment s ON s.id = COALESCE(p.shipment_id, pallet.shipment_id)"
            + " WHERE cl.item_id = i.id AND s.status IN " + LEFT + ") THEN 'shipped'"
            + " WHEN EXISTS (SELECT 1 FROM content_line cl WHERE cl.item_id = i.id) THEN 'packed'"
            + " ELSE 'in-stock' END";
    static final String ROW_COLUMNS = "i.id, i.received_on, i.donor_id, d.name AS donor_name, i.category_id,"
            + " c.name AS category_name, i.description, i.quantity, i.unit, i.condition, i.unit_value_minor,"
            + " i.currency, i.unit_g, i.location, " + STATUS + " AS stock_status, i.version";
    private static final String FROM = " FROM donated_item i JOIN donor d ON d.id = i.donor_id"
            + " JOIN category c ON c.id = i.category_id";

    private final String where;
    private final List<Object> parameters;

    private InventoryQuery(String where, List<Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    static InventoryQuery of(ItemFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.hasText()) {
            String like = containsPattern(filter.text());
            conditions.add("(lower(i.description) LIKE ? ESCAPE '\\' OR lower(d.name) LIKE ? ESCAPE '\\'"
                    + " OR lower(c.name) LIKE ? ESCAPE '\\' OR lower(coalesce(i.location, '')) LIKE ? ESCAPE '\\')");
            parameters.addAll(List.of(like, like, like, like));
        }
        if (filter.categoryId() != null) {
            conditions.add("i.category_id = ?");
            parameters.add(filter.categoryId());
        }
        if (filter.donorId() != null) {
            conditions.add("i.donor_id = ?");
            parameters.add(filter.donorId());
        }
        if (filter.condition() != null) {
            conditions.add("i.condition = ?");
            parameters.add(filter.condition().code());
        }
        if (filter.receivedFrom() != null) {
            conditions.add("i.received_on >= ?");
            parameters.add(filter.receivedFrom().toString());
        }
        if (filter.receivedTo() != null) {
            conditions.add("i.received_on <= ?");
            parameters.add(filter.receivedTo().toString());
        }
        if (filter.status() != null) {
            conditions.add(STATUS + " = ?");
            parameters.add(filter.status().code());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new InventoryQuery(where, parameters);
    }

    String rows() {
        return "SELECT " + ROW_COLUMNS + FROM + where + " ORDER BY i.received_on DESC, i.id DESC";
    }

    static String rowById() {
        return "SELECT " + ROW_COLUMNS + FROM + " WHERE i.id = ?";
    }

    /** Sums in exact units: grams and minor units, rounded once at the end. */
    String totals() {
        return "SELECT count(*), coalesce(sum(i.quantity), 0), coalesce(round(sum(i.quantity * coalesce(i.unit_g, 0))), 0),"
                + " coalesce(round(sum(i.quantity * i.unit_value_minor)), 0)" + FROM + where;
    }

    void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
    }

    /** A LIKE pattern (escape character backslash) matching lower-case text that contains the given text. */
    public static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
