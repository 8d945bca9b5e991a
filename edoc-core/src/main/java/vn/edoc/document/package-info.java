/**
 * Documents (văn bản) and the rules on them: the immutable {@link vn.edoc.document.Document} with its metadata, the
 * Decree 30/2020 catalogue of {@link vn.edoc.id.DocumentType types}, attachments and the accepted formats
 * ({@link vn.edoc.document.FormatPolicy}, R-FMT-3, with content sniffing), the entry policy for state secrets and
 * complaints ({@link vn.edoc.document.SecurityPolicy}, R-SEC-1, R-SEC-2), the paper-copy rule
 * ({@link vn.edoc.document.PaperCopyPolicy}, R-PAPER-1), the {@link vn.edoc.document.DocumentValidator} (R-FMT-1..5,
 * R-OUT-4, R-OUT-5) and the JSON form ({@link vn.edoc.document.DocumentJson}). Violations are listed in
 * {@link vn.edoc.document.DocumentViolation} ({@code EDOC-DOC-NNN}).
 */
package vn.edoc.document;
