package vn.edoc.store.memory;

import vn.edoc.spi.tck.WorkFileStoreCompatibilityKit;

/** The in-memory work file store passes the work file store conformance kit. */
class MemoryWorkFileStoreCompatibilityTest extends WorkFileStoreCompatibilityKit {

    @Override
    protected Under create() {
        MemoryTransactions tx = new MemoryTransactions();
        return new Under(tx, new MemoryWorkFileStore(tx));
    }
}
