/**
 * The filesystem content adapter (kho nội dung tệp trên đĩa): {@link vn.edoc.store.file.FileContentStore} keeps the
 * bytes of documents and attachments as one file per SHA-256 digest, written atomically (temporary file, fsync,
 * rename, directory fsync) so that several processes may share one directory. It passes
 * {@code vn.edoc.spi.tck.ContentStoreCompatibilityKit}.
 */
package vn.edoc.store.file;
