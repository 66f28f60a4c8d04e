-- Creates a warehouse database for Shipshape on a PostgreSQL server, with least privilege (docs/decisions/0010).
-- Run it as a superuser (the postgres account), for example on a warehouse server:
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -v db=shipshape -v role=shipshape -v password='...' \
--        -f packaging/postgres/create-warehouse.sql
-- The app's role may log in and owns only the schema "shipshape" inside this one database: it is no superuser, cannot
-- create databases or roles, and nobody else may connect. Stations give the password through ~/.pgpass (or
-- %APPDATA%\postgresql\pgpass.conf on Windows), never on the command line or in Shipshape's settings.
-- -v test_schemas=1 (test servers only) also lets the role create schemas, one fresh schema per test class.

\if :{?test_schemas}
\else
\set test_schemas 0
\endif

CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION PASSWORD :'password';
CREATE DATABASE :"db" ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"role";

\connect :"db"
REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA shipshape AUTHORIZATION :"role";
ALTER ROLE :"role" IN DATABASE :"db" SET search_path = shipshape;

\if :test_schemas
GRANT CREATE ON DATABASE :"db" TO :"role";
\endif
