package vn.edoc.spi;

/**
 * Signs a file held in the {@link ContentStore} (ký số): the person who signs a document (người có thẩm quyền ký,
 * {@link SignatureRole#PERSON}, R-OUT-1), the issuing organisation (ký số của cơ quan, tổ chức,
 * {@link SignatureRole#ORGANISATION}, R-OUT-3, R-FMT-4), an attachment or an electronic copy. The PAdES signer with
 * the regulation's visible appearance comes with {@code edoc-signature}.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #sign} is called with <em>no unit of work open</em>: the flows check and reserve the record under its
 *       version first, call the signer, then commit in a new unit of work that checks the version again. A signer
 *       may therefore take seconds (a USB token waiting for its PIN, an HSM, a remote signing service) without
 *       holding a transaction, a row lock or an audit chain.</li>
 *   <li>It reads the file {@link SigningRequest#content()} from {@code contents}, writes the signed file into
 *       {@code contents} ({@link ContentStore#put}) and returns the reference of the signed file, which differs from
 *       the one it was given. It changes nothing else.</li>
 *   <li>It refuses with {@link vn.edoc.validation.EdocRuleException} when it cannot sign (no certificate for the
 *       organisation, the token refused, the file is not a PDF...); the flow then changes nothing. Any other
 *       exception is reported by the flow as a failed signature.</li>
 *   <li>A signed file whose commit then fails (the record changed meanwhile, {@link ConcurrentChangeException}) is
 *       simply left unreferenced in the content store; the signer is not told.</li>
 *   <li>It may be called from several threads at once, for different requests.</li>
 * </ul>
 */
public interface DocumentSigner {

    /**
     * Signs the file {@code request.content()} read from {@code contents} as {@code request} says, stores the signed
     * file in {@code contents} and returns its reference.
     *
     * @throws vn.edoc.validation.EdocRuleException when it cannot sign
     */
    ContentRef sign(SigningRequest request, ContentStore contents);
}
