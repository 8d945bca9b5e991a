package vn.edoc.store.memory;

import java.util.List;
import java.util.function.UnaryOperator;
import vn.edoc.audit.AuditEntry;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.tck.StorageCompatibilityKit;
import vn.edoc.spi.tck.StoresUnderTest;

/**
 * The in-memory adapter passes the storage conformance kit, with the full concurrency run the engine issue asks for:
 * 16 threads × 10,000 registrations in one register give exactly the numbers 1..160,000.
 */
class MemoryStorageCompatibilityTest extends StorageCompatibilityKit {

    private MemoryStores memory;

    @Override
    protected StoresUnderTest createStores() {
        memory = MemoryStores.create();
        return new StoresUnderTest(memory.transactions(), memory.sequences(), memory.registers(), memory.audit());
    }

    @Override
    protected void rewriteStoredAudit(StoresUnderTest stores, OrganCode organisation,
                                      UnaryOperator<List<AuditEntry>> edit) {
        memory.memoryAudit().rewriteStoredEntries(organisation, edit);
    }

    @Override
    protected int registrationsPerThread() {
        return 10_000;
    }
}
