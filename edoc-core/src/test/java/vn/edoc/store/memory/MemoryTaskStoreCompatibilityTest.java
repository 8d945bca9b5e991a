package vn.edoc.store.memory;

import vn.edoc.spi.tck.TaskStoreCompatibilityKit;

/** The in-memory task and inspection stores pass the task store conformance kit. */
class MemoryTaskStoreCompatibilityTest extends TaskStoreCompatibilityKit {

    @Override
    protected Stores createStores() {
        MemoryTransactions transactions = new MemoryTransactions();
        return new Stores(transactions, new MemoryTaskStore(transactions),
                new MemoryInspectionStore(transactions));
    }
}
