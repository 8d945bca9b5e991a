package vn.edoc.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.edoc.audit.AuditEntry;
import vn.edoc.document.Confidentiality;
import vn.edoc.document.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.time.MutableClock;
import vn.edoc.spi.tck.StorageSnapshot;
import vn.edoc.spi.tck.StoresUnderTest;
import vn.edoc.store.memory.MemoryStores;
import vn.edoc.validation.EdocRuleException;

/**
 * Random sequences of registrations, refused registrations, rolled-back units of work and clock moves (across New
 * Year, Vietnam time) never break the invariants of the registers: per register the numbers are exactly 1..n in
 * registration order; every successful registration is audited exactly once; the audit chain verifies; a refused
 * or rolled-back action changes nothing.
 */
class RegisterStateProperties {

    private static final List<OrganCode> ORGANS =
            List.of(OrganCode.parse("000.00.00.H37"), OrganCode.parse("000.00.00.G22"));
    private static final List<String> SERIES = List.of("", "QĐ QPPL");

    /** One step of a random run. */
    sealed interface Action permits Register, Refused, RolledBack, Advance {
    }

    /** Registers document {@code doc} (a duplicate if already in that register). */
    record Register(int organ, RegisterKind kind, int series, int doc) implements Action {
    }

    /** A registration with a fault that must be refused. */
    record Refused(int organ, RegisterKind kind, int fault) implements Action {
    }

    /** A registration in a unit of work that then fails ({@code byException}) or is marked rollback-only. */
    record RolledBack(int organ, RegisterKind kind, int series, int doc, boolean byException) implements Action {
    }

    /** Moves the clock forward. */
    record Advance(Duration by) implements Action {
    }

    @Provide
    Arbitrary<List<Action>> runs() {
        Arbitrary<Integer> organ = Arbitraries.integers().between(0, ORGANS.size() - 1);
        Arbitrary<RegisterKind> kind = Arbitraries.of(RegisterKind.class);
        Arbitrary<Integer> series = Arbitraries.integers().between(0, SERIES.size() - 1);
        Arbitrary<Integer> doc = Arbitraries.integers().between(0, 12);
        Arbitrary<Action> register = Combinators.combine(organ, kind, series, doc).as(Register::new);
        Arbitrary<Action> refused = Combinators.combine(organ, kind, Arbitraries.integers().between(0, 4))
                .as(Refused::new);
        Arbitrary<Action> rolledBack = Combinators.combine(organ, kind, series, doc, Arbitraries.of(true, false))
                .as(RolledBack::new);
        Arbitrary<Action> advance = Arbitraries.longs().between(0, 30 * 24).map(h -> new Advance(Duration.ofHours(h)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, register),
                net.jqwik.api.Tuple.of(2, refused),
                net.jqwik.api.Tuple.of(2, rolledBack),
                net.jqwik.api.Tuple.of(1, advance)).list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void invariantsHold(@ForAll("runs") List<Action> run) {
        MemoryStores memory = MemoryStores.create();
        StoresUnderTest stores = new StoresUnderTest(memory.transactions(), memory.sequences(), memory.registers(),
                memory.audit());
        // 21:00 on 30 December, Vietnam time: a few clock moves cross into the next year
        MutableClock clock = new MutableClock(Instant.parse("2024-12-30T14:00:00Z"));
        RegisterService service = memory.registerService(clock);
        Map<RegisterKey, List<String>> model = new HashMap<>();
        Set<String> references = new HashSet<>();

        for (Action action : run) {
            if (action instanceof Advance a) {
                clock.advance(a.by());
            } else if (action instanceof Register r) {
                RegistrationRequest request = request(r.organ(), r.kind(), r.series(), r.doc());
                RegisterKey key = keyOf(request, clock.instant());
                List<String> docs = model.computeIfAbsent(key, k -> new ArrayList<>());
                if (docs.contains(request.documentId())) {
                    assertUnchanged(stores, key, () -> assertThatThrownBy(() -> service.register(request))
                            .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(
                                    e.result().has(RegisterViolation.DUPLICATE_DOCUMENT)).isTrue()));
                } else {
                    RegisterEntry entry = service.register(request);
                    docs.add(request.documentId());
                    assertThat(entry.key()).isEqualTo(key);
                    assertThat(entry.number()).isEqualTo(docs.size());
                    assertThat(references.add(entry.reference())).isTrue();
                }
            } else if (action instanceof Refused f) {
                RegistrationRequest request = faulty(f);
                RegisterKey key = keyOf(request(f.organ(), f.kind(), 0, 0), clock.instant());
                assertUnchanged(stores, key, () -> assertThatThrownBy(() -> service.register(request))
                        .isInstanceOf(EdocRuleException.class));
            } else if (action instanceof RolledBack b) {
                RegistrationRequest request = request(b.organ(), b.kind(), b.series(), b.doc());
                RegisterKey key = keyOf(request, clock.instant());
                boolean duplicate = model.getOrDefault(key, List.of()).contains(request.documentId());
                assertUnchanged(stores, key, () -> {
                    if (b.byException() || duplicate) {
                        assertThatThrownBy(() -> memory.transactions().run(uow -> {
                            service.register(uow, request);
                            throw new IllegalStateException("a later step failed");
                        })).isInstanceOf(duplicate ? EdocRuleException.class : IllegalStateException.class);
                    } else {
                        memory.transactions().run(uow -> {
                            service.register(uow, request);
                            uow.setRollbackOnly();
                        });
                    }
                });
            }
            checkInvariants(stores, model, references);
        }
    }

    private static void checkInvariants(StoresUnderTest stores, Map<RegisterKey, List<String>> model,
                                        Set<String> references) {
        long registered = 0;
        for (Map.Entry<RegisterKey, List<String>> e : model.entrySet()) {
            RegisterKey key = e.getKey();
            List<RegisterEntry> entries = stores.registers().entries(key);
            assertThat(entries).extracting(RegisterEntry::number)
                    .isEqualTo(LongStream.rangeClosed(1, e.getValue().size()).boxed().toList());
            assertThat(entries).extracting(RegisterEntry::documentId).isEqualTo(e.getValue());
            assertThat(stores.sequences().current(key)).isEqualTo(e.getValue().size());
            registered += e.getValue().size();
        }
        List<AuditEntry> audit = new ArrayList<>();
        stores.audit().scan(audit::add);
        assertThat(audit).hasSize((int) registered);
        assertThat(audit).extracting(AuditEntry::objectId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(references);
        assertThat(stores.audit().verify().intact()).isTrue();
    }

    private static void assertUnchanged(StoresUnderTest stores, RegisterKey key, Runnable refused) {
        StorageSnapshot before = StorageSnapshot.of(stores, List.of(key));
        refused.run();
        assertThat(StorageSnapshot.of(stores, List.of(key))).isEqualTo(before);
    }

    private static RegisterKey keyOf(RegistrationRequest request, Instant now) {
        return RegisterKey.at(request.organ(), request.kind(), request.series(), now);
    }

    private static RegistrationRequest request(int organ, RegisterKind kind, int series, int doc) {
        RegistrationRequest.Builder b = kind == RegisterKind.INCOMING
                ? RegistrationRequest.incoming(ORGANS.get(organ)).issuer("Ủy ban nhân dân tỉnh Bình Định")
                : RegistrationRequest.outgoing(ORGANS.get(organ)).recipients("Sở Nội vụ", "Sở Tư pháp");
        return b.series(SERIES.get(series))
                .documentId("doc-" + doc)
                .notation(kind == RegisterKind.INCOMING ? doc + "/QĐ-UBND" : "QĐ-UBND")
                .documentDate(LocalDate.of(2024, 6, 1))
                .type(DocumentType.QUYET_DINH)
                .summary("Về việc thí điểm số " + doc)
                .pageCount(1 + doc)
                .actorId("vanthu.ubnd")
                .build();
    }

    private static RegistrationRequest faulty(Refused f) {
        RegistrationRequest.Builder b = request(f.organ(), f.kind(), 0, 99).toBuilder();
        return switch (f.fault()) {
            case 0 -> b.summary(" ").build();
            case 1 -> b.confidentiality(Confidentiality.TOI_MAT).build();
            case 2 -> b.documentDate(LocalDate.of(9999, 1, 1)).build();
            case 3 -> b.pageCount(0).build();
            default -> b.actorId(null).build();
        };
    }
}
