-- Optimistic locking for the reference data (issue 18, docs/decisions/0015): box sizes, label stocks, container
-- types, countries and their destination rules, document phrases and categories count their changes and say who
-- made the last one and when, as items, packages, shipments and donors do since version 9. A save or delete from an
-- editor names the version it showed and is refused when another station changed the row since. Plain ALTER TABLE,
-- the same on SQLite and PostgreSQL. Rows written before this version start at 0 with nobody named.
ALTER TABLE box_size ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE box_size ADD COLUMN changed_by TEXT;
ALTER TABLE box_size ADD COLUMN changed_at TEXT;

ALTER TABLE label_stock ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE label_stock ADD COLUMN changed_by TEXT;
ALTER TABLE label_stock ADD COLUMN changed_at TEXT;

ALTER TABLE container_type ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE container_type ADD COLUMN changed_by TEXT;
ALTER TABLE container_type ADD COLUMN changed_at TEXT;

ALTER TABLE country ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN changed_by TEXT;
ALTER TABLE country ADD COLUMN changed_at TEXT;

ALTER TABLE destination_rule ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE destination_rule ADD COLUMN changed_by TEXT;
ALTER TABLE destination_rule ADD COLUMN changed_at TEXT;

ALTER TABLE phrase ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE phrase ADD COLUMN changed_by TEXT;
ALTER TABLE phrase ADD COLUMN changed_at TEXT;

ALTER TABLE category ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE category ADD COLUMN changed_by TEXT;
ALTER TABLE category ADD COLUMN changed_at TEXT;
