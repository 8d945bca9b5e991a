package vn.edoc.store.memory;

import vn.edoc.spi.tck.DocumentStoreCompatibilityKit;

/** The in-memory document store passes the document store conformance kit. */
class MemoryDocumentStoreCompatibilityTest extends DocumentStoreCompatibilityKit {

    @Override
    protected Under create() {
        MemoryTransactions tx = new MemoryTransactions();
        return new Under(tx, new MemoryDocumentStore(tx));
    }
}
