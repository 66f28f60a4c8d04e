-- Shipshape schema, version 1: the whole mission's data model.
-- Conventions: money in minor units (cents) as INTEGER, weights in grams as INTEGER (exact and summable),
-- package dimensions in whole cm, container dimensions in mm, dates 'YYYY-MM-DD', instants ISO-8601 UTC text.
-- Enumerations are stored as their lower-case codes ('used-good'), lists as ';'-separated codes.

CREATE TABLE organisation (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    name             TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    contact          TEXT NOT NULL DEFAULT '',
    signatory_name   TEXT NOT NULL DEFAULT '',
    signatory_title  TEXT NOT NULL DEFAULT '',
    default_currency TEXT NOT NULL DEFAULT 'EUR',
    country_of_origin TEXT NOT NULL DEFAULT ''
);
INSERT INTO organisation (id) VALUES (1);

-- Free-form settings (key -> text value), e.g. 'packing.max_package_kg' = '25'.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE donor (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('individual','business','church','school','other')),
    email      TEXT,
    phone      TEXT,
    address    TEXT,
    notes      TEXT,
    merged_into INTEGER REFERENCES donor(id),
    created_at TEXT NOT NULL
);
CREATE INDEX donor_name ON donor(name);

CREATE TABLE category (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    hs_code         TEXT CHECK (hs_code IS NULL OR hs_code GLOB '[0-9][0-9][0-9][0-9].[0-9][0-9]'),
    default_unit    TEXT NOT NULL DEFAULT 'pcs',
    default_unit_g  INTEGER CHECK (default_unit_g IS NULL OR default_unit_g > 0),
    flags           TEXT NOT NULL DEFAULT '',
    name_fr         TEXT,
    name_ro         TEXT,
    name_ru         TEXT,
    name_hy         TEXT,
    archived        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE donated_item (
    id               INTEGER PRIMARY KEY,
    donor_id         INTEGER NOT NULL REFERENCES donor(id),
    category_id      INTEGER NOT NULL REFERENCES category(id),
    description      TEXT NOT NULL,
    quantity         NUMERIC NOT NULL CHECK (quantity > 0),
    unit             TEXT NOT NULL,
    condition        TEXT NOT NULL CHECK (condition IN ('new','used-good','used-fair','for-parts')),
    unit_value_minor INTEGER NOT NULL CHECK (unit_value_minor >= 0),
    currency         TEXT NOT NULL,
    unit_g           INTEGER CHECK (unit_g IS NULL OR unit_g > 0),
    received_on      TEXT NOT NULL,
    location         TEXT,
    status           TEXT NOT NULL DEFAULT 'in-stock' CHECK (status IN ('in-stock','packed','shipped','disposed')),
    tested_on        TEXT,
    tested_by        TEXT,
    test_result      TEXT CHECK (test_result IS NULL OR test_result IN ('working','repaired','not-working')),
    test_notes       TEXT,
    import_batch_id  INTEGER REFERENCES import_batch(id),
    created_at       TEXT NOT NULL
);
CREATE INDEX donated_item_donor ON donated_item(donor_id);
CREATE INDEX donated_item_category ON donated_item(category_id);
CREATE INDEX donated_item_received ON donated_item(received_on);
CREATE INDEX donated_item_status ON donated_item(status);

-- One row per imported file, so the same file imported twice is noticed.
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    row_count   INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT
);
CREATE INDEX import_batch_sha ON import_batch(sha256);

CREATE TABLE container_type (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    inside_length_mm INTEGER NOT NULL CHECK (inside_length_mm > 0),
    inside_width_mm  INTEGER NOT NULL CHECK (inside_width_mm > 0),
    inside_height_mm INTEGER NOT NULL CHECK (inside_height_mm > 0),
    door_width_mm    INTEGER NOT NULL CHECK (door_width_mm > 0),
    door_height_mm   INTEGER NOT NULL CHECK (door_height_mm > 0),
    max_payload_g    INTEGER NOT NULL CHECK (max_payload_g > 0)
);
INSERT INTO container_type VALUES
    ('20GP', '20 ft standard', 5898, 2352, 2393, 2343, 2280, 28200000),
    ('40GP', '40 ft standard', 12032, 2352, 2393, 2343, 2280, 26700000),
    ('40HC', '40 ft high cube', 12032, 2352, 2698, 2343, 2585, 26500000);

CREATE TABLE shipment (
    id                 INTEGER PRIMARY KEY,
    reference          TEXT NOT NULL UNIQUE,
    country_code       TEXT NOT NULL,
    consignee          TEXT NOT NULL,
    consignee_address  TEXT,
    notify_party       TEXT,
    port_of_loading    TEXT,
    port_of_discharge  TEXT,
    final_destination  TEXT,
    vessel             TEXT,
    voyage             TEXT,
    bill_of_lading     TEXT,
    etd                TEXT,
    eta                TEXT,
    incoterm           TEXT,
    incoterm_place     TEXT,
    currency           TEXT NOT NULL,
    document_languages TEXT NOT NULL DEFAULT '',
    container_type     TEXT REFERENCES container_type(code),
    container_number   TEXT,
    seal_number        TEXT,
    status             TEXT NOT NULL DEFAULT 'planning'
                       CHECK (status IN ('planning','packing','loading','sealed','shipped','arrived','closed')),
    partner_remarks    TEXT,
    created_at         TEXT NOT NULL
);

CREATE TABLE parcel (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('box','bale','piece','pallet')),
    shipment_id  INTEGER REFERENCES shipment(id),
    parent_id    INTEGER REFERENCES parcel(id) CHECK (parent_id IS NULL OR parent_id <> id),
    length_cm    INTEGER CHECK (length_cm IS NULL OR length_cm > 0),
    width_cm     INTEGER CHECK (width_cm IS NULL OR width_cm > 0),
    height_cm    INTEGER CHECK (height_cm IS NULL OR height_cm > 0),
    gross_g      INTEGER CHECK (gross_g IS NULL OR gross_g > 0),
    marks        TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','sealed','loaded')),
    packed_by    TEXT,
    packed_at    TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX parcel_shipment ON parcel(shipment_id);
CREATE INDEX parcel_parent ON parcel(parent_id);

CREATE TABLE content_line (
    id           INTEGER PRIMARY KEY,
    parcel_id    INTEGER NOT NULL REFERENCES parcel(id) ON DELETE CASCADE,
    line_no      INTEGER NOT NULL,
    category_id  INTEGER NOT NULL REFERENCES category(id),
    description  TEXT NOT NULL,
    quantity     NUMERIC NOT NULL CHECK (quantity > 0),
    unit         TEXT NOT NULL,
    condition    TEXT NOT NULL CHECK (condition IN ('new','used-good','used-fair','for-parts')),
    value_minor  INTEGER CHECK (value_minor IS NULL OR value_minor >= 0),
    net_g        INTEGER CHECK (net_g IS NULL OR net_g > 0),
    hs_code      TEXT CHECK (hs_code IS NULL OR hs_code GLOB '[0-9][0-9][0-9][0-9].[0-9][0-9]'),
    item_id      INTEGER REFERENCES donated_item(id),
    UNIQUE (parcel_id, line_no)
);
CREATE INDEX content_line_item ON content_line(item_id);
CREATE INDEX content_line_category ON content_line(category_id);

-- Next number per prefix ('MLI', or 'WH' for warehouse stock); numbers are never reused.
CREATE TABLE number_sequence (
    prefix TEXT PRIMARY KEY,
    next_value INTEGER NOT NULL CHECK (next_value > 0)
);

CREATE TABLE load_record (
    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
    parcel_id   INTEGER NOT NULL UNIQUE REFERENCES parcel(id),
    sequence    INTEGER NOT NULL,
    loaded_at   TEXT NOT NULL,
    loaded_by   TEXT,
    PRIMARY KEY (shipment_id, sequence)
);

CREATE TABLE arrival_record (
    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
    parcel_id   INTEGER NOT NULL REFERENCES parcel(id),
    state       TEXT NOT NULL CHECK (state IN ('received','missing','damaged')),
    remarks     TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (shipment_id, parcel_id)
);

-- Standard box sizes, one click on the packing screen.
CREATE TABLE box_size (
    code      TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    length_cm INTEGER NOT NULL CHECK (length_cm > 0),
    width_cm  INTEGER NOT NULL CHECK (width_cm > 0),
    height_cm INTEGER NOT NULL CHECK (height_cm > 0),
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO box_size VALUES
    ('S', 'Small box', 40, 30, 30, 1),
    ('M', 'Medium box', 60, 40, 40, 2),
    ('L', 'Large box', 80, 60, 50, 3),
    ('BANANA', 'Banana box', 50, 40, 25, 4),
    ('BALE', 'Clothing bale', 80, 50, 50, 5);

-- Label stock as data: page and label sizes in mm, calibration offset per printer.
CREATE TABLE label_stock (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    page_width_mm  REAL NOT NULL,
    page_height_mm REAL NOT NULL,
    columns       INTEGER NOT NULL,
    rows          INTEGER NOT NULL,
    label_width_mm  REAL NOT NULL,
    label_height_mm REAL NOT NULL,
    margin_left_mm  REAL NOT NULL,
    margin_top_mm   REAL NOT NULL,
    pitch_x_mm      REAL NOT NULL,
    pitch_y_mm      REAL NOT NULL,
    offset_x_mm     REAL NOT NULL DEFAULT 0,
    offset_y_mm     REAL NOT NULL DEFAULT 0,
    dpi             INTEGER,
    printer         TEXT
);
INSERT INTO label_stock VALUES
    ('4x6',   'Thermal 4 x 6 in', 101.6, 152.4, 1, 1, 101.6, 152.4, 0, 0, 101.6, 152.4, 0, 0, 203, NULL),
    ('a6',    'A6 (105 x 148 mm)', 105, 148, 1, 1, 105, 148, 0, 0, 105, 148, 0, 0, NULL, NULL),
    ('l7165', 'Avery L7165 (A4, 8 per sheet)', 210, 297, 2, 4, 99.1, 67.7, 4.65, 13.1, 101.6, 67.7, 0, 0, NULL, NULL),
    ('5164',  'Avery 5164 (Letter, 6 per sheet)', 215.9, 279.4, 2, 3, 101.6, 84.67, 3.97, 12.7, 104.78, 84.67, 0, 0, NULL, NULL),
    ('5163',  'Avery 5163 (Letter, 10 per sheet)', 215.9, 279.4, 2, 5, 101.6, 50.8, 3.97, 12.7, 104.78, 50.8, 0, 0, NULL, NULL);

-- Countries the charity ships to, with their document languages.
CREATE TABLE country (
    code               TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    document_languages TEXT NOT NULL DEFAULT ''
);
INSERT INTO country VALUES
    ('ML', 'Mali', 'fr'),
    ('BJ', 'Benin', 'fr'),
    ('AM', 'Armenia', 'hy;ru'),
    ('MD', 'Moldova', 'ro');

-- Destination rules: editable, each to be confirmed with the forwarder.
CREATE TABLE destination_rule (
    id           INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL,
    category_id  INTEGER REFERENCES category(id),
    used_only    INTEGER NOT NULL DEFAULT 0,   -- 1: applies only to goods that are not new
    severity     TEXT NOT NULL CHECK (severity IN ('block','warn','info')),
    message      TEXT NOT NULL,
    confirmed    INTEGER NOT NULL DEFAULT 0
);

-- Fixed phrases per language (editable; confirm wording with a native speaker).
CREATE TABLE phrase (
    key      TEXT NOT NULL,
    language TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (key, language)
);
INSERT INTO phrase VALUES
    ('aid', 'en', 'Humanitarian aid - not for sale'),
    ('aid', 'fr', 'Aide humanitaire - ne peut être vendu'),
    ('aid', 'ro', 'Ajutor umanitar - nu este destinat vânzării'),
    ('aid', 'ru', 'Гуманитарная помощь - не для продажи'),
    ('value', 'en', 'No commercial value - value for customs purposes only'),
    ('value', 'fr', 'Sans valeur commerciale - valeur à usage exclusivement douanier'),
    ('value', 'ro', 'Fără valoare comercială - valoare declarată doar în scop vamal'),
    ('value', 'ru', 'Без коммерческой ценности - стоимость указана только для таможенных целей'),
    ('reason', 'en', 'Humanitarian donation, not for resale');

-- Final customs packs: numbered revisions, stored exactly as printed.
CREATE TABLE document_revision (
    id           INTEGER PRIMARY KEY,
    shipment_id  INTEGER NOT NULL REFERENCES shipment(id),
    doc_number   TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    language     TEXT,
    sha256       TEXT NOT NULL,
    content      BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT,
    UNIQUE (shipment_id, kind, revision)
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_key TEXT,
    details    TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_key);
