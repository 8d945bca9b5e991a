package vn.edoc.spi;

import java.io.InputStream;

/**
 * The bytes of documents and attachments (kho nội dung tệp), addressed and verified by SHA-256 and streamed: no
 * operation needs a whole file in memory. Records ({@link vn.edoc.document.Attachment}) carry the {@link ContentRef};
 * the store keeps the bytes. Adapters: memory ({@code vn.edoc.store.memory}), filesystem
 * ({@code vn.edoc.store.file}), JDBC.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #put} reads the stream to its end, computing the SHA-256 and the length as it goes, and stores the
 *       bytes under that digest. Storing the same bytes twice is harmless and returns the same reference. Input over
 *       the adapter's size limit fails with {@link ContentException.Reason#TOO_LARGE}; a failure leaves nothing
 *       visible (a later {@link #exists} is false unless the same bytes were stored before). Content is durable when
 *       {@code put} returns.</li>
 *   <li>{@code put} is not part of a unit of work: content is written before the records that reference it, and a
 *       unit of work that rolls back leaves only unreferenced content, which no query returns and only
 *       {@link #release} removes.</li>
 *   <li>{@link #open} returns a stream that verifies while it is read: when the bytes read do not hash to the
 *       reference or their length differs, the read that reaches the end fails with
 *       {@link ContentException.Reason#CORRUPT} instead of reporting the end. Missing content fails with
 *       {@link ContentException.Reason#NOT_FOUND}.</li>
 *   <li>Content is never deleted except through {@link #release}, the explicit retention decision of the caller
 *       (hết thời hạn bảo quản); there is no other delete.</li>
 *   <li>Adapters are safe for concurrent use, and a filesystem or database adapter also across processes.</li>
 * </ul>
 */
public interface ContentStore {

    /** Stores the bytes of {@code content} (read to its end, not closed) and returns their reference. */
    ContentRef put(InputStream content);

    /** Opens the content of {@code ref} for reading, verified as it is read; the caller closes the stream. */
    InputStream open(ContentRef ref);

    /** True when content with this digest and size is stored. */
    boolean exists(ContentRef ref);

    /**
     * Removes the content of {@code ref} because its retention period ended ({@code decision} says who decided and
     * under what rule, for the log); true when something was removed. The caller makes sure no record still
     * references it.
     */
    boolean release(ContentRef ref, String decision);
}
