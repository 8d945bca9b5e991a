/**
 * The audit trail (nhật ký thao tác): append-only entries chained by SHA-256 so that any edit, deletion,
 * insertion or reordering is detected. {@link vn.edoc.audit.AuditChain} links and verifies;
 * {@link vn.edoc.audit.Canonical} is the canonical encoding that is hashed; storage goes through
 * {@link vn.edoc.spi.AuditLog}.
 */
package vn.edoc.audit;
