package vn.edoc.spi;

import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;

/**
 * Signs a document's main file as the organisation (ký số của cơ quan, tổ chức, R-OUT-3, R-FMT-4). The PAdES signer
 * with the regulation's visible appearance comes with {@code edoc-signature}.
 *
 * <h2>Contract for adapters</h2>
 * {@link #sign} returns the document with {@link Document#signed()} true and its main file replaced by the signed
 * one (new size and SHA-256), every other field unchanged; it refuses with
 * {@link vn.edoc.validation.EdocRuleException} when it cannot sign. It must not change anything else, so that the
 * caller's unit of work can still roll back.
 */
public interface DocumentSigner {

    /** {@code document} signed as {@code organisation}. */
    Document sign(Document document, OrganCode organisation);
}
