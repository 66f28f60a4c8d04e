-- Numbers the store refuses whatever the code above it does (issue 14), for PostgreSQL: where SQLite needs triggers
-- (it cannot add a CHECK constraint to an existing table), PostgreSQL takes the constraints themselves. NUMERIC
-- holds 'NaN' and 'Infinity' too; both are refused (NaN compares greater than every number).
ALTER TABLE donated_item ADD CONSTRAINT donated_item_quantity_finite CHECK (abs(quantity) <= 1e15);
ALTER TABLE content_line ADD CONSTRAINT content_line_quantity_finite CHECK (abs(quantity) <= 1e15);
