package vn.edoc.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.UnitOfWork;

class MemoryTransactionsTest {

    private static final OrganCode ORGAN = OrganCode.parse("000.00.00.H37");
    private static final RegisterKey KEY = RegisterKey.of(ORGAN, RegisterKind.INCOMING, 2025);

    @Test
    void aStoreRefusesTheUnitOfWorkOfAnotherAdapterInstance() {
        MemoryStores a = MemoryStores.create();
        MemoryStores b = MemoryStores.create();
        assertThatThrownBy(() -> a.transactions().inTransaction(uow -> b.sequences().next(uow, KEY)))
                .isInstanceOf(IllegalStateException.class);
        UnitOfWork foreign = new UnitOfWork() {
            @Override
            public boolean isActive() {
                return true;
            }

            @Override
            public void setRollbackOnly() {
            }

            @Override
            public boolean isRollbackOnly() {
                return false;
            }

            @Override
            public void afterCommit(Runnable action) {
            }
        };
        assertThatThrownBy(() -> a.sequences().next(foreign, KEY)).isInstanceOf(IllegalStateException.class);
        assertThat(a.sequences().current(KEY)).isZero();
        assertThat(b.sequences().current(KEY)).isZero();
    }

    @Test
    void aUnitOfWorkIsUsedOnItsOwnThreadOnly() throws Exception {
        MemoryStores s = MemoryStores.create();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Throwable thrown = s.transactions().inTransaction(uow -> {
                Future<?> f = other.submit(() -> s.sequences().next(uow, KEY));
                try {
                    f.get(10, TimeUnit.SECONDS);
                    return null;
                } catch (Exception e) {
                    return e.getCause();
                }
            });
            assertThat(thrown).isInstanceOf(IllegalStateException.class);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void afterCommitActionsMayStartUnitsOfWork() {
        MemoryStores s = MemoryStores.create();
        long inner = s.transactions().inTransaction(uow -> {
            s.sequences().next(uow, KEY);
            AtomicLong seen = new AtomicLong();
            uow.afterCommit(() -> seen.set(s.transactions().inTransaction(u -> s.sequences().next(u, KEY))));
            return seen;
        }).get();
        assertThat(inner).isEqualTo(2);
    }

    @Test
    void readersNeverSeeHalfOfAUnitOfWork() throws Exception {
        MemoryStores s = MemoryStores.create();
        RegisterService service = s.registerService(Clock.fixed(Instant.parse("2025-03-10T02:00:00Z"),
                ZoneOffset.UTC));
        int total = 2000;
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Long> mismatches = reader.submit(() -> {
                long bad = 0;
                long looks = 0;
                while (done.getCount() > 0 || looks < 100) {
                    looks++;
                    // number, line and audit entry become visible together, and each later read sees at least what
                    // an earlier one saw: read in one order, then in the other, each count can only grow
                    long number = s.sequences().current(KEY);
                    long lines = s.registers().entries(KEY).size();
                    long audit = s.audit().size(ORGAN);
                    if (!(number <= lines && lines <= audit)) {
                        bad++;
                    }
                    audit = s.audit().size(ORGAN);
                    lines = s.registers().entries(KEY).size();
                    number = s.sequences().current(KEY);
                    if (!(audit <= lines && lines <= number)) {
                        bad++;
                    }
                }
                return bad;
            });
            for (int i = 0; i < total; i++) {
                service.register(RegistrationRequest.incoming(ORGAN).documentId("d" + i).notation("1/TB")
                        .documentDate(LocalDate.of(2025, 3, 1)).type(DocumentType.THONG_BAO).summary("Thông báo")
                        .issuer("Sở Nội vụ").actorId("vanthu").build());
            }
            done.countDown();
            assertThat(mismatches.get(1, TimeUnit.MINUTES)).isZero();
            assertThat(s.sequences().current(KEY)).isEqualTo(total);
            assertThat(s.registers().entries(KEY)).hasSize(total);
            assertThat(s.audit().size(ORGAN)).isEqualTo(total);
        } finally {
            reader.shutdownNow();
        }
    }
}
