package vn.edoc.store.memory;

import vn.edoc.spi.tck.OutboxStoreCompatibilityKit;

/** The in-memory outbox passes the outbox store conformance kit. */
class MemoryOutboxStoreCompatibilityTest extends OutboxStoreCompatibilityKit {

    @Override
    protected Under create() {
        MemoryTransactions tx = new MemoryTransactions();
        return new Under(tx, new MemoryOutboxStore(tx));
    }
}
