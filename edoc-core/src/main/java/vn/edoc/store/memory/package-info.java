/**
 * The in-memory storage adapter (lưu trữ trong bộ nhớ): {@link vn.edoc.store.memory.MemoryStores} wires
 * {@link vn.edoc.store.memory.MemoryTransactions}, {@link vn.edoc.store.memory.MemorySequenceAllocator},
 * {@link vn.edoc.store.memory.MemoryRegisterStore} and {@link vn.edoc.store.memory.MemoryAuditLog}. It passes the
 * conformance kit {@code vn.edoc.spi.tck.StorageCompatibilityKit}.
 */
package vn.edoc.store.memory;
