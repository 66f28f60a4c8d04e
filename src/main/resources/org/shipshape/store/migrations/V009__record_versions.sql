-- Optimistic locking (issue 18, docs/decisions/0012): the records people edit at several stations count their
-- changes and say who made the last one and when. An edit saves only if the version it started from is still the
-- stored one; otherwise the screen says who changed it and offers to reload. Plain ALTER TABLE, the same on SQLite
-- and PostgreSQL. Rows written before this version start at 0 with nobody named.
ALTER TABLE donated_item ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE donated_item ADD COLUMN changed_by TEXT;
ALTER TABLE donated_item ADD COLUMN changed_at TEXT;

ALTER TABLE parcel ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE parcel ADD COLUMN changed_by TEXT;
ALTER TABLE parcel ADD COLUMN changed_at TEXT;

ALTER TABLE shipment ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE shipment ADD COLUMN changed_by TEXT;
ALTER TABLE shipment ADD COLUMN changed_at TEXT;

ALTER TABLE donor ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE donor ADD COLUMN changed_by TEXT;
ALTER TABLE donor ADD COLUMN changed_at TEXT;
