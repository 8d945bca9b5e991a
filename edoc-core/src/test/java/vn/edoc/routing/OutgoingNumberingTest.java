package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.RecordId;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.SequenceAllocator;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.time.TimeRules;

/**
 * Outgoing numbering (R-ID-3): the notation printed in the document carries the number the register really gave,
 * also when another registration took a number in between (a database adapter reading a stale current value).
 */
class OutgoingNumberingTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    private String signed(String subject) {
        OutgoingRecord d = w.outgoing.draft(w.as(SPECIALIST), FlowWorld.replyDraft(subject,
                Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)), DraftOptions.none());
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        w.outgoing.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        return d.id();
    }

    /**
     * A database snapshot that does not yet show the numbers other units of work allocated: current() stays 0
     * until this unit of work allocates itself.
     */
    private static final class StaleAllocator implements SequenceAllocator {
        private final SequenceAllocator real;
        private final Set<UnitOfWork> allocated = Collections.newSetFromMap(new ConcurrentHashMap<>());

        StaleAllocator(SequenceAllocator real) {
            this.real = real;
        }

        @Override
        public long next(UnitOfWork uow, RegisterKey key) {
            allocated.add(uow);
            return real.next(uow, key);
        }

        @Override
        public long current(RegisterKey key) {
            return real.current(key);
        }

        @Override
        public long current(UnitOfWork uow, RegisterKey key) {
            return allocated.contains(uow) ? real.current(uow, key) : 0L;
        }
    }

    @Test
    void notationIsBuiltFromTheAllocatedNumberNotFromAStaleCurrentValue() {
        RoutingContext stale = new RoutingContext(w.tx, w.documents, w.contents, new StaleAllocator(w.sequences), w.registers,
                w.audit, w.events, w.transport, (p, s, m) -> { }, TimeRules.defaults(), w.clock, w.current::get,
                w.inbox);
        OutgoingFlow flow = new OutgoingFlow(stale, w.signer, List.of(), List.of());
        String first = signed("Văn bản thứ nhất");
        String second = signed("Văn bản thứ hai");

        OutgoingRecord one = flow.register(w.as(CLERK), RecordId.of(first), "UBND", "TCKH");
        OutgoingRecord two = flow.register(w.as(CLERK), RecordId.of(second), "UBND", "TCKH");

        assertThat(one.number()).isEqualTo(1);
        assertThat(two.number()).isEqualTo(2);
        assertThat(two.document().notation().orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void concurrentRegistrationsGiveEveryNumberOnceWithMatchingNotations() throws Exception {
        int threads = 8;
        int perThread = 20;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < threads * perThread; i++) {
            ids.add(signed("Văn bản " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<OutgoingRecord>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<String> mine = ids.subList(t * perThread, (t + 1) * perThread);
                futures.add(pool.submit(() -> {
                    List<OutgoingRecord> done = new ArrayList<>();
                    for (String id : mine) {
                        done.add(w.outgoing.register(w.as(CLERK), RecordId.of(id), "UBND", "TCKH"));
                    }
                    return done;
                }));
            }
            List<OutgoingRecord> all = new ArrayList<>();
            for (Future<List<OutgoingRecord>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).extracting(OutgoingRecord::number).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, threads * perThread)
                            .boxed().toList());
            assertThat(all).allSatisfy(r -> assertThat((long) r.document().notation().orElseThrow().number())
                    .isEqualTo(r.number()));
        } finally {
            pool.shutdownNow();
        }
    }
}
