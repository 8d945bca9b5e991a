-- Prepares the registration replay (registration.sql) in a migrated edoc schema: one organisation per pgbench client
-- (000.00.00.P99 ... 000.00.16.P99), each with its incoming register counter for 2025 and its audit chain, as the
-- first registration of a year leaves them. Run with search_path set to the edoc schema.
INSERT INTO edoc_register_counter (organisation, kind, series, reg_year, last_number)
SELECT '000.00.' || lpad(g::text, 2, '0') || '.P99', 'INCOMING', '', 2025, 0 FROM generate_series(0, 16) g
ON CONFLICT DO NOTHING;
INSERT INTO edoc_audit_chain (chain)
SELECT '000.00.' || lpad(g::text, 2, '0') || '.P99' FROM generate_series(0, 16) g
ON CONFLICT DO NOTHING;
