-- Version 11 for PostgreSQL: nothing to do. SQLite's version 11 writes donated_item's CHECK constraints without IN
-- lists, which SQLite evaluated slowly (../V011__item_checks_without_lists.sql); PostgreSQL's IN lists stay.
SELECT 1;
