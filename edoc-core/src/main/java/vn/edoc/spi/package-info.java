/**
 * The plug points of edoc (điểm mở rộng): storage and transactions for now ({@link vn.edoc.spi.Transactions},
 * {@link vn.edoc.spi.UnitOfWork}, {@link vn.edoc.spi.SequenceAllocator}, {@link vn.edoc.spi.RegisterStore},
 * {@link vn.edoc.spi.AuditLog}). The in-memory reference adapter is {@code vn.edoc.store.memory}; every adapter
 * proves itself by passing the conformance kit {@code vn.edoc.spi.tck.StorageCompatibilityKit} published in
 * edoc-core's test-jar.
 */
package vn.edoc.spi;
