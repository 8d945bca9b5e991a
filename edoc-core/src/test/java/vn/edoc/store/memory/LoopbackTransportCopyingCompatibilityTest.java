package vn.edoc.store.memory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.tck.MutableClock;
import vn.edoc.spi.tck.TransportCompatibilityKit;

/**
 * The loopback transport passes the transport conformance kit when each organisation has its own content store
 * and the files are copied on sending.
 */
class LoopbackTransportCopyingCompatibilityTest extends TransportCompatibilityKit {

    @Override
    protected Under create(MutableClock clock) {
        Map<OrganCode, ContentStore> stores = new ConcurrentHashMap<>();
        Duration lease = Duration.ofSeconds(30);
        LoopbackTransport transport = new LoopbackTransport(clock, lease,
                org -> stores.computeIfAbsent(org, o -> new MemoryContentStore()));
        return new Under(transport, lease, stores.computeIfAbsent(sender(), o -> new MemoryContentStore()),
                stores.computeIfAbsent(receiver(), o -> new MemoryContentStore()));
    }
}
