/**
 * The plug points of edoc (điểm mở rộng): storage and transactions ({@link vn.edoc.spi.Transactions},
 * {@link vn.edoc.spi.UnitOfWork}, {@link vn.edoc.spi.SequenceAllocator}, {@link vn.edoc.spi.RegisterStore},
 * {@link vn.edoc.spi.AuditLog}, {@link vn.edoc.spi.TaskStore},
 * {@link vn.edoc.spi.InspectionStore}) and announced holidays ({@link vn.edoc.spi.HolidaySource}). The in-memory storage
 * adapter is {@code vn.edoc.store.memory}; every storage adapter proves itself by passing the conformance kit
 * {@code vn.edoc.spi.tck.StorageCompatibilityKit} (and {@code TaskStoreCompatibilityKit} for task stores) published
 * in edoc-core's test-jar.
 */
package vn.edoc.spi;
