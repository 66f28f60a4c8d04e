-- Numbers the store refuses whatever the code above it does (issue 14): a quantity of 1e309 became infinity in a
-- NUMERIC column and every document of its shipment failed afterwards. SQLite cannot add a CHECK constraint to
-- an existing table, so these triggers are the CHECK constraints: they abort the statement, and with it the
-- transaction, when a quantity is not a finite number within what any field accepts (NaN arrives as NULL and
-- meets NOT NULL). Values written before this version are found by `shipshape verify`.
CREATE TRIGGER donated_item_quantity_finite_insert BEFORE INSERT ON donated_item
WHEN abs(NEW.quantity) > 1e15
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: donated_item.quantity must be a finite number');
END;

CREATE TRIGGER donated_item_quantity_finite_update BEFORE UPDATE OF quantity ON donated_item
WHEN abs(NEW.quantity) > 1e15
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: donated_item.quantity must be a finite number');
END;

CREATE TRIGGER content_line_quantity_finite_insert BEFORE INSERT ON content_line
WHEN abs(NEW.quantity) > 1e15
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: content_line.quantity must be a finite number');
END;

CREATE TRIGGER content_line_quantity_finite_update BEFORE UPDATE OF quantity ON content_line
WHEN abs(NEW.quantity) > 1e15
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: content_line.quantity must be a finite number');
END;
