package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.Outage;
import vn.edoc.routing.OutageLog;
import vn.edoc.spi.Transactions;

/**
 * The conformance kit of {@link OutageLog} (bộ kiểm tra tương thích sổ sự cố): extend it and give a fresh, empty log
 * with its {@link Transactions} in {@link #create()}.
 */
public abstract class OutageLogCompatibilityKit {

    /** The parts under test. */
    public record Under(Transactions transactions, OutageLog log) {
    }

    /** A fresh, empty log with its transactions, for every test. */
    protected abstract Under create();

    private static final OrganCode ORG = OrganCode.parse("000.00.12.H08");
    private static final OrganCode OTHER = OrganCode.parse("000.00.05.H08");
    private static final Instant T = Instant.parse("2026-03-03T01:00:00Z");

    private Transactions tx;
    private OutageLog log;

    @BeforeEach
    void setUp() {
        Under u = create();
        tx = u.transactions();
        log = u.log();
    }

    private static Outage outage(String id, OrganCode org) {
        return new Outage(id, org, "Mất điện", T, T.plusSeconds(3600), "Giấy", "Nhập bổ sung", "admin",
                T.plusSeconds(7200));
    }

    @Test
    void addedOutagesAreVisibleAfterCommitInOrder() {
        Set<String> ids = new HashSet<>();
        tx.run(uow -> {
            String a = log.newId(uow);
            String b = log.newId(uow);
            ids.add(a);
            ids.add(b);
            log.add(uow, outage(b, ORG));
            log.add(uow, outage(a, ORG));
            assertThat(log.find(uow, a)).contains(outage(a, ORG));
            assertThat(log.find(a)).isEmpty();
        });
        assertThat(ids).hasSize(2);
        List<String> sorted = ids.stream().toList();
        assertThat(log.outagesOf(ORG)).hasSize(2);
        assertThat(log.outagesOf(OTHER)).isEmpty();
        for (String id : sorted) {
            assertThat(log.find(id)).contains(outage(id, ORG));
        }
    }

    @Test
    void rollbackKeepsNothingAndIdsAreNotReusedForTwoOutages() {
        assertThatThrownBy(() -> tx.run(uow -> {
            log.add(uow, outage("sc-x", ORG));
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(log.find("sc-x")).isEmpty();
        tx.run(uow -> log.add(uow, outage("sc-y", ORG)));
        assertThatThrownBy(() -> tx.run(uow -> log.add(uow, outage("sc-y", ORG))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(log.outagesOf(ORG)).containsExactly(outage("sc-y", ORG));
    }
}
