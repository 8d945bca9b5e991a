package vn.edoc.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.tck.MutableClock;

/**
 * The loopback transport under random sends, receives, acknowledgements (some lost) and clock moves: nothing is
 * lost, nothing acknowledged comes back, no message is under two leases at once, and every batch comes oldest first.
 */
class LoopbackTransportProperties {

    private static final OrganCode FROM = OrganCode.parse("000.00.00.H37");
    private static final OrganCode TO = OrganCode.parse("000.00.12.H37");
    private static final Duration LEASE = Duration.ofSeconds(60);

    @Property(tries = 200)
    void leasesAndAcknowledgementsNeverLoseOrDoubleAMessage(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 99) Integer> steps) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
        LoopbackTransport t = new LoopbackTransport(clock, LEASE);
        List<MessageId> sent = new ArrayList<>();
        Set<MessageId> acknowledged = new HashSet<>();
        Map<MessageId, Instant> leasedUntil = new HashMap<>();
        List<LeasedMessage> held = new ArrayList<>();
        for (int step : steps) {
            if (step < 35) {
                TransportMessage m = TransportMessage.status(MessageId.of("m-" + sent.size()),
                        TransportMessage.Kind.STATUS, FROM, TO, "out-1", "s", clock.instant());
                t.send(m);
                sent.add(m.id());
            } else if (step < 60) {
                List<LeasedMessage> got = t.receive(TO, 1 + step % 4);
                List<Integer> order = new ArrayList<>();
                for (LeasedMessage l : got) {
                    MessageId id = l.message().id();
                    assertThat(acknowledged).doesNotContain(id);
                    Instant before = leasedUntil.get(id);
                    assertThat(before == null || !clock.instant().isBefore(before)).as("two leases on " + id)
                            .isTrue();
                    leasedUntil.put(id, l.leasedUntil());
                    order.add(sent.indexOf(id));
                }
                assertThat(order).isSorted();
                held.addAll(got);
            } else if (step < 85) {
                if (!held.isEmpty()) {
                    LeasedMessage l = held.remove(step % held.size());
                    // a stale token is refused exactly when the message went out again under a newer lease
                    boolean current = l.leasedUntil().equals(leasedUntil.get(l.message().id()))
                            && !acknowledged.contains(l.message().id());
                    if (step % 5 != 0) {
                        assertThat(t.acknowledge(l.token())).isEqualTo(current);
                        if (current) {
                            acknowledged.add(l.message().id());
                        }
                    }
                }
            } else {
                clock.advance(Duration.ofSeconds(step - 70));
            }
        }
        // after every lease has run out, a careful receiver gets all that is left, once each
        clock.advance(LEASE.plusSeconds(1));
        Set<MessageId> rest = new HashSet<>();
        for (LeasedMessage l : t.receive(TO)) {
            assertThat(rest.add(l.message().id())).isTrue();
            assertThat(t.acknowledge(l.token())).isTrue();
        }
        Set<MessageId> all = new HashSet<>(acknowledged);
        all.addAll(rest);
        assertThat(all).isEqualTo(new HashSet<>(sent));
        assertThat(acknowledged.stream().filter(rest::contains)).isEmpty();
        assertThat(t.waiting(TO)).isZero();
    }
}
