package vn.edoc.interconnect.axis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.Transport;
import vn.edoc.spi.tck.MutableClock;
import vn.edoc.spi.tck.TransportCompatibilityKit;
import vn.edoc.store.memory.MemoryContentStore;

/**
 * The HTTP axis client against the in-process reference server passes the transport conformance kit; a crash of
 * the receiver also restarts the server, so redelivery is shown to survive a restart of the axis.
 */
class AxisTransportCompatibilityTest extends TransportCompatibilityKit {

    @TempDir
    Path data;

    private final List<AxisServer> servers = new ArrayList<>();
    private MutableClock clock;
    private Map<OrganCode, String> tokens;

    @Override
    protected Under create(MutableClock c) {
        clock = c;
        tokens = Map.of(sender(), "token-sender", receiver(), "token-receiver", bystander(), "token-bystander");
        AxisServer server = start();
        MemoryContentStore senderContent = new MemoryContentStore();
        MemoryContentStore receiverContent = new MemoryContentStore();
        Transport t = AxisTransport.of(new AxisTransport.Config(server.uri(), tokens, Duration.ofSeconds(30), clock),
                senderContent, receiverContent);
        return new Under(t, Duration.ofMinutes(5), senderContent, receiverContent);
    }

    private AxisServer start() {
        AxisServer server = AxisServer.start(AxisServer.Config.loopback(data, tokens).withClock(clock)
                .withLease(Duration.ofMinutes(5)));
        servers.add(server);
        return server;
    }

    @Override
    protected Transport afterCrash(Under under) {
        servers.get(servers.size() - 1).close();
        AxisServer restarted = start();
        return AxisTransport.of(new AxisTransport.Config(restarted.uri(), tokens, Duration.ofSeconds(30), clock),
                under.senderContent(), under.receiverContent());
    }

    @AfterEach
    void stopServers() {
        servers.forEach(AxisServer::close);
    }
}
