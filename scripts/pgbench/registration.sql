-- One registration of a received document as the JDBC adapter sends it to PostgreSQL, replayed by pgbench so that
-- the server's share of the cost can be measured apart from the Java client's (scripts/bench-jdbc). Each request
-- below is one round trip, grouped as JdbcRegistrationPathTest counts them: the file (its own transaction), then in
-- one transaction the new record id; the number and the look-up of the document; the register line with the lock
-- and read of the audit head; the audit entry and the record with the COMMIT. Values the engine computes in Java
-- (hashes, the record's JSON body) are stand-ins of the same size. Client n registers into organisation
-- 000.00.n.P99 (setup-registration.sql). Kept in step with the statements of vn.edoc.store.jdbc by hand: change it
-- when the registration path changes.
-- 1. the 8 KiB file
WITH listed AS (INSERT INTO edoc_content (sha256, byte_size, chunk_count, stored_at) VALUES (md5(random()::text) || md5(random()::text), 8192, 1, now()) ON CONFLICT DO NOTHING RETURNING sha256) INSERT INTO edoc_content_chunk (content_key, chunk_no, bytes) SELECT sha256, 0, convert_to(repeat('%PDF-1.4 công văn của 000.00.01.H37 ', 205) || random()::text, 'UTF8') FROM listed;
-- 2. a new record id
\startpipeline
BEGIN;
SELECT s.n, EXISTS (SELECT 1 FROM edoc_incoming WHERE id = 'in-' || CAST(s.n AS TEXT)) FROM (SELECT nextval('edoc_record_id') AS n) s;
\endpipeline
-- 3. the number, then the look-up of the document under the counter's lock (currval in a subquery of its own, so
--    that it is read once and the look-up can use the index)
WITH u AS (UPDATE edoc_register_counter SET last_number = last_number + 1 WHERE organisation = '000.00.' || lpad(:client_id::text, 2, '0') || '.P99' AND kind = 'INCOMING' AND series = '' AND reg_year = 2025 RETURNING last_number) SELECT u.last_number AS num, (SELECT COUNT(*) FROM edoc_register_entry WHERE organisation = '000.00.' || lpad(:client_id::text, 2, '0') || '.P99' AND kind = 'INCOMING' AND series = '' AND reg_year = 2025 AND document_id = (SELECT 'in-' || currval('edoc_record_id'))) AS found FROM u \gset
-- 4. the register line, the lock of the audit chain and its head
\startpipeline
INSERT INTO edoc_register_entry (organisation, kind, series, reg_year, reg_number, registered_at, registered_nanos, document_id, notation, document_date, document_type, summary, correspondents, page_count, urgency, actor_id) VALUES ('000.00.' || lpad(:client_id::text, 2, '0') || '.P99', 'INCOMING', '', 2025, :num, now(), 0, 'in-' || currval('edoc_record_id'), '12/QĐ-UBND', '2025-03-07', 'QUYET_DINH', 'Về việc ban hành Quy chế tiếp nhận, xử lý, phát hành văn bản điện tử', '["Ủy ban nhân dân tỉnh Lạng Sơn"]', 4, 'KHAN', 'vanthu.ubnd');
SELECT chain FROM edoc_audit_chain WHERE chain = '000.00.' || lpad(:client_id::text, 2, '0') || '.P99' FOR UPDATE;
SELECT position, chain, seq, actor, action, at_time, at_nanos, object_type, object_id, before_digest, after_digest, note, flags, previous_hash, entry_hash FROM edoc_audit_entry WHERE chain = '000.00.' || lpad(:client_id::text, 2, '0') || '.P99' ORDER BY chain DESC, position DESC LIMIT 1;
\endpipeline
-- 5. the audit entry and the record, with the commit
\startpipeline
INSERT INTO edoc_audit_entry (chain, position, seq, actor, action, at_time, at_nanos, object_type, object_id, before_digest, after_digest, note, flags, previous_hash, entry_hash) VALUES ('000.00.' || lpad(:client_id::text, 2, '0') || '.P99', :num, :num, 'vanthu.ubnd', 'register.incoming', now(), 0, 'register-entry', '000.00.' || lpad(:client_id::text, 2, '0') || '.P99/incoming/2025#' || :num, NULL, md5(random()::text) || md5(random()::text), 'document in-' || currval('edoc_record_id'), '', md5(random()::text) || md5(random()::text), md5(random()::text) || md5(random()::text));
INSERT INTO edoc_incoming (organisation, id, version, group_id, sender, sender_ref, state, received_at, handling_deadline, reg_number, document_id, notation, issue_date, subject_folded, handled_at, body) VALUES ('000.00.' || lpad(:client_id::text, 2, '0') || '.P99', 'in-' || currval('edoc_record_id'), 1, 'in-' || currval('edoc_record_id'), NULL, '', 'REGISTERED', now(), now() + interval '1 day', :num, NULL, NULL, NULL, 'quy che tiep nhan van ban dien tu', NULL, '{"body": "' || repeat('x', 1150) || '"}');
COMMIT;
\endpipeline
