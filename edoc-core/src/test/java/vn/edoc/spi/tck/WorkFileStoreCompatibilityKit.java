package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.file.WorkFile;
import vn.edoc.file.WorkFileStore;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.Transactions;

/**
 * The conformance kit of {@link WorkFileStore} (bộ kiểm tra tương thích lưu hồ sơ công việc): extend it and give a
 * fresh, empty store with its {@link Transactions} in {@link #create()}.
 */
public abstract class WorkFileStoreCompatibilityKit {

    /** The parts under test. */
    public record Under(Transactions transactions, WorkFileStore store) {
    }

    /** A fresh, empty store with its transactions, for every test. */
    protected abstract Under create();

    private static final OrganCode ORG = OrganCode.parse("000.00.12.H08");
    private static final OrganCode OTHER = OrganCode.parse("000.00.05.H08");
    private static final Instant T = Instant.parse("2026-03-02T03:30:00Z");

    private Transactions tx;
    private WorkFileStore store;

    @BeforeEach
    void setUp() {
        Under u = create();
        tx = u.transactions();
        store = u.store();
    }

    private static WorkFile file(String id, OrganCode org, long version) {
        return new WorkFile(id, org, "Hồ sơ rà soát", "specialist", "in-1",
                version == 1 ? List.of("in-1") : List.of("in-1", "out-2"), version < 3, T,
                version < 3 ? Optional.empty() : Optional.of(T.plusSeconds(60)), version);
    }

    @Test
    void newIdsNeverRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            ids.addAll(tx.inTransaction(uow -> List.of(store.newId(uow), store.newId(uow))));
        }
        assertThat(ids).hasSize(8);
    }

    @Test
    void savedFilesAreVisibleAfterCommitAndComeBackEqual() {
        WorkFile f = file("hs-a", ORG, 1);
        tx.run(uow -> {
            store.save(uow, f);
            assertThat(store.find(uow, "hs-a")).contains(f);
            assertThat(store.find("hs-a")).isEmpty();
        });
        assertThat(store.find("hs-a")).contains(f);
        assertThat(store.filesOf(ORG)).containsExactly(f);
        assertThat(store.filesOf(OTHER)).isEmpty();
    }

    @Test
    void rollbackKeepsNothing() {
        assertThatThrownBy(() -> tx.run(uow -> {
            store.save(uow, file("hs-b", ORG, 1));
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find("hs-b")).isEmpty();
    }

    @Test
    void versionsFollowEachOther() {
        tx.run(uow -> store.save(uow, file("hs-c", ORG, 1)));
        assertThatThrownBy(() -> tx.run(uow -> store.save(uow, file("hs-c", ORG, 1))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(uow -> store.save(uow, file("hs-c", ORG, 3))))
                .isInstanceOf(ConcurrentChangeException.class);
        tx.run(uow -> store.save(uow, file("hs-c", ORG, 2)));
        tx.run(uow -> store.save(uow, file("hs-c", ORG, 3)));
        assertThat(store.find("hs-c")).contains(file("hs-c", ORG, 3));
        assertThat(store.filesOf(ORG)).containsExactly(file("hs-c", ORG, 3));
    }
}
