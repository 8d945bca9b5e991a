package vn.edoc.store.memory;

import java.time.Duration;
import vn.edoc.spi.tck.MutableClock;
import vn.edoc.spi.tck.TransportCompatibilityKit;

/** The loopback transport passes the transport conformance kit, sharing one content store. */
class LoopbackTransportCompatibilityTest extends TransportCompatibilityKit {

    @Override
    protected Under create(MutableClock clock) {
        MemoryContentStore content = new MemoryContentStore();
        Duration lease = Duration.ofMinutes(2);
        return new Under(new LoopbackTransport(clock, lease), lease, content, content);
    }
}
