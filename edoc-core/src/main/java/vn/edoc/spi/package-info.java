/**
 * The plug points of edoc (điểm mở rộng): storage and transactions ({@link vn.edoc.spi.Transactions},
 * {@link vn.edoc.spi.UnitOfWork}, {@link vn.edoc.spi.SequenceAllocator}, {@link vn.edoc.spi.RegisterStore},
 * {@link vn.edoc.spi.AuditLog}, {@link vn.edoc.spi.DocumentStore}, {@link vn.edoc.spi.WorkFileStore},
 * {@link vn.edoc.spi.OutageLog}, {@link vn.edoc.spi.TaskStore}, {@link vn.edoc.spi.InspectionStore}), exchange
 * between organisations ({@link vn.edoc.spi.Transport}, {@link vn.edoc.spi.TransportMessage}), the organisation's
 * signature ({@link vn.edoc.spi.DocumentSigner}), notices to people ({@link vn.edoc.spi.Notifier}) and announced
 * holidays ({@link vn.edoc.spi.HolidaySource}). The in-memory storage adapter is {@code vn.edoc.store.memory}
 * ({@code MemoryStores} wires it all); every storage adapter proves itself by passing the conformance kits published
 * in edoc-core's test-jar, package {@code vn.edoc.spi.tck}: {@code StorageCompatibilityKit},
 * {@code DocumentStoreCompatibilityKit}, {@code WorkFileStoreCompatibilityKit}, {@code OutageLogCompatibilityKit},
 * {@code TaskStoreCompatibilityKit} and {@code HolidaySourceCompatibilityKit}.
 */
package vn.edoc.spi;
