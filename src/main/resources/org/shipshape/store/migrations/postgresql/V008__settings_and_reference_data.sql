-- Version 8 for PostgreSQL (docs/decisions/0010): the same columns, checks and rows as ../V008__settings_and_reference_data.sql
-- in PostgreSQL's words: BIGINT for SQLite's INTEGER, BYTEA for BLOB, regular expressions for GLOB, ON CONFLICT DO
-- NOTHING for INSERT OR IGNORE. Written against the settings branch's V008 (issue 12, commit e9202ad) before it
-- reached main; SchemaOnBothDatabasesTest compares the two schemas once both are listed in migrations.txt.
-- Issue 12: a charity sets up its own organisation and reference data.
-- The organisation's remaining fields (its own country, registration and EORI numbers, the logo printed on every
-- document's header); "retired" reference data (hidden from choices, kept on everything that used it); destination
-- rules by HS code as well as by category; the "checked by a native speaker" mark of each phrase; the default label
-- stock. Nothing existing is removed or renamed.

ALTER TABLE organisation ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN registration_number TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN eori TEXT NOT NULL DEFAULT '';
-- The logo as the file's own bytes (PNG or JPEG, at most 2 MB), so a backup carries it and documents reprint alike.
ALTER TABLE organisation ADD COLUMN logo BYTEA;
ALTER TABLE organisation ADD COLUMN logo_type TEXT CHECK (logo_type IS NULL OR logo_type IN ('png','jpeg'));

ALTER TABLE box_size ADD COLUMN retired BIGINT NOT NULL DEFAULT 0;
ALTER TABLE label_stock ADD COLUMN retired BIGINT NOT NULL DEFAULT 0;
ALTER TABLE container_type ADD COLUMN retired BIGINT NOT NULL DEFAULT 0;
-- The empty container's weight (typical values; the carrier's figure is painted on the doors).
ALTER TABLE container_type ADD COLUMN tare_g BIGINT CHECK (tare_g IS NULL OR tare_g > 0);
UPDATE container_type SET tare_g = 2200000 WHERE code = '20GP';
UPDATE container_type SET tare_g = 3750000 WHERE code = '40GP';
UPDATE container_type SET tare_g = 3900000 WHERE code = '40HC';
ALTER TABLE country ADD COLUMN retired BIGINT NOT NULL DEFAULT 0;

-- A rule applies to a category, or to every line whose HS code starts with this one ('8418' or '8418.21').
ALTER TABLE destination_rule ADD COLUMN hs_code TEXT
    CHECK (hs_code IS NULL OR hs_code ~ '^[0-9]{4}$' OR hs_code ~ '^[0-9]{4}[.][0-9]{2}$');

-- 1 once a native speaker checked the wording. English is the language the phrases are written in.
ALTER TABLE phrase ADD COLUMN checked BIGINT NOT NULL DEFAULT 0;
UPDATE phrase SET checked = 1 WHERE language = 'en';

-- The weight limit per package was seeded as 'packing.max_package_kg' but read as 'packages.max_package_kg';
-- keep one key, the one the packing screen reads.
INSERT INTO setting (key, value)
    SELECT 'packages.max_package_kg', value FROM setting WHERE key = 'packing.max_package_kg'
    ON CONFLICT (key) DO NOTHING;
DELETE FROM setting WHERE key = 'packing.max_package_kg';
INSERT INTO setting (key, value) VALUES ('labels.default_stock', '4x6') ON CONFLICT (key) DO NOTHING;

-- The word before the sender on every label (the donors' guidance: sender and consignee on every parcel).
INSERT INTO phrase (key, language, text, checked) VALUES
 ('label.from', 'en', 'From', 1),
 ('label.from', 'fr', 'Expéditeur', 0),
 ('label.from', 'ro', 'Expeditor', 0),
 ('label.from', 'ru', 'Отправитель', 0),
 ('label.from', 'hy', 'Ուղարկող', 0)
ON CONFLICT (key, language) DO NOTHING;
