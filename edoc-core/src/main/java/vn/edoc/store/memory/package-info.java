/**
 * The in-memory storage adapter (lưu trữ trong bộ nhớ): {@link vn.edoc.store.memory.MemoryStores} wires
 * {@link vn.edoc.store.memory.MemoryTransactions}, {@link vn.edoc.store.memory.MemorySequenceAllocator},
 * {@link vn.edoc.store.memory.MemoryRegisterStore} and {@link vn.edoc.store.memory.MemoryAuditLog}; the task and
 * inspection stores {@link vn.edoc.store.memory.MemoryTaskStore} and {@link vn.edoc.store.memory.MemoryInspectionStore}
 * take part in the same units of work when built on the same {@link vn.edoc.store.memory.MemoryTransactions}. It
 * passes the conformance kits {@code vn.edoc.spi.tck.StorageCompatibilityKit} and
 * {@code vn.edoc.spi.tck.TaskStoreCompatibilityKit}.
 */
package vn.edoc.store.memory;
