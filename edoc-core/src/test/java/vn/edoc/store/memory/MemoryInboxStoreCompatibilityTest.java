package vn.edoc.store.memory;

import vn.edoc.spi.tck.InboxStoreCompatibilityKit;

/** The in-memory inbox store passes the inbox store conformance kit. */
class MemoryInboxStoreCompatibilityTest extends InboxStoreCompatibilityKit {

    @Override
    protected Under create() {
        MemoryTransactions tx = new MemoryTransactions();
        return new Under(tx, new MemoryInboxStore(tx));
    }
}
