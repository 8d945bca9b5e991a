/**
 * The plug points of edoc (điểm mở rộng) that name no aggregate of the service packages: transactions
 * ({@link vn.edoc.spi.Transactions}, {@link vn.edoc.spi.UnitOfWork}), the audit log ({@link vn.edoc.spi.AuditLog}),
 * content ({@link vn.edoc.spi.ContentStore}), exchange
 * between organisations ({@link vn.edoc.spi.Transport}, {@link vn.edoc.spi.TransportMessage}), the organisation's
 * signature ({@link vn.edoc.spi.DocumentSigner}) and notices to people ({@link vn.edoc.spi.Notifier}). The store of an aggregate lives beside it, so that the package
 * graph has no cycle: {@link vn.edoc.routing.DocumentStore} and {@link vn.edoc.routing.OutageLog},
 * {@link vn.edoc.task.TaskStore} and {@link vn.edoc.task.InspectionStore}, {@link vn.edoc.register.RegisterStore}
 * and {@link vn.edoc.register.SequenceAllocator}, {@link vn.edoc.file.WorkFileStore},
 * {@link vn.edoc.time.HolidaySource}. The in-memory storage adapter is {@code vn.edoc.store.memory}
 * ({@code MemoryStores} wires it all); every storage adapter proves itself by passing the conformance kits published
 * in edoc-core's test-jar, package {@code vn.edoc.spi.tck}: {@code StorageCompatibilityKit},
 * {@code DocumentStoreCompatibilityKit}, {@code WorkFileStoreCompatibilityKit}, {@code OutageLogCompatibilityKit},
 * {@code TaskStoreCompatibilityKit} and {@code HolidaySourceCompatibilityKit}.
 */
package vn.edoc.spi;
