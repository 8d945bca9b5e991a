package vn.edoc.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;

/** After-commit actions run isolated (the {@link vn.edoc.spi.UnitOfWork#afterCommit} contract). */
class MemoryAfterCommitTest {

    @Test
    void aFailingAfterCommitActionNeitherReachesTheCallerNorStopsTheNextOne() {
        MemoryTransactions tx = new MemoryTransactions();
        MemorySequenceAllocator sequences = new MemorySequenceAllocator(tx);
        RegisterKey key = RegisterKey.of(OrganCode.parse("000.00.06.H08"), RegisterKind.OUTGOING, 2026);
        List<String> ran = new ArrayList<>();

        String result = tx.inTransaction(uow -> {
            sequences.next(uow, key);
            uow.afterCommit(() -> {
                ran.add("first");
                throw new IllegalStateException("transport down");
            });
            uow.afterCommit(() -> ran.add("second"));
            return "committed";
        });

        assertThat(result).isEqualTo("committed");
        assertThat(ran).containsExactly("first", "second");
        assertThat(sequences.current(key)).isEqualTo(1);
    }
}
