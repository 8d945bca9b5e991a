package vn.edoc.store.memory;

import vn.edoc.spi.tck.OutageLogCompatibilityKit;

/** The in-memory outage log passes the outage log conformance kit. */
class MemoryOutageLogCompatibilityTest extends OutageLogCompatibilityKit {

    @Override
    protected Under create() {
        MemoryTransactions tx = new MemoryTransactions();
        return new Under(tx, new MemoryOutageLog(tx));
    }
}
