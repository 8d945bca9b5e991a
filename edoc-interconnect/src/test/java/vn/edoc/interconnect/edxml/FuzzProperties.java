package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.edoc.store.memory.MemoryContentStore;

/** Mutated packages give a package or an {@link EdxmlException}: nothing else, never a partial attachment. */
class FuzzProperties {

    private static final byte[] PLAIN;
    private static final byte[] SIGNED;
    private static final byte[] STATUS;

    static {
        MemoryContentStore store = new MemoryContentStore();
        EdxmlPackage p = Fixtures.sample(store);
        PLAIN = Fixtures.write(EdxmlWriter.of(store), p);
        SIGNED = Fixtures.write(EdxmlWriter.of(store).signedBy(Fixtures.signer("rsa")), p);
        STATUS = Fixtures.write(EdxmlWriter.of(store), StatusMessageTest.sampleStatus());
    }

    /** One change to a package's bytes. */
    record Mutation(int kind, int at, int length, byte value) {
        byte[] apply(byte[] in) {
            if (in.length == 0) {
                return new byte[] {value};
            }
            int pos = Math.floorMod(at, Math.max(1, in.length));
            int len = Math.min(length, in.length - pos);
            switch (kind) {
                case 0: {
                    byte[] out = in.clone();
                    out[pos] = value;
                    return out;
                }
                case 1: {
                    byte[] out = new byte[in.length - len];
                    System.arraycopy(in, 0, out, 0, pos);
                    System.arraycopy(in, pos + len, out, pos, in.length - pos - len);
                    return out;
                }
                case 2: {
                    byte[] out = new byte[in.length + len];
                    System.arraycopy(in, 0, out, 0, pos + len);
                    System.arraycopy(in, pos, out, pos + len, in.length - pos);
                    return out;
                }
                case 3:
                    return Arrays.copyOf(in, pos);
                default: {
                    byte[] out = new byte[in.length + 1];
                    System.arraycopy(in, 0, out, 0, pos);
                    out[pos] = value;
                    System.arraycopy(in, pos, out, pos + 1, in.length - pos);
                    return out;
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> interesting = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.of((byte) '<', (byte) '>', (byte) '&', (byte) '=', (byte) '/', (byte) '"', (byte) 0,
                        (byte) 0xC3, (byte) 0xFF, (byte) ' ', (byte) '\n', (byte) 'A'));
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(1, 200), interesting).as(Mutation::new).list().ofMinSize(1)
                .ofMaxSize(4);
    }

    @Property(tries = 400)
    void aMutatedPackageIsReadOrRefused(@ForAll("mutations") List<Mutation> mutations,
                                        @ForAll("which") int which) {
        byte[] bytes = which == 0 ? PLAIN : which == 1 ? SIGNED : STATUS;
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        RecordingStore store = new RecordingStore();
        try {
            EdxmlRead read = Fixtures.read(EdxmlReader.of(store), bytes);
            assertThat(read.message()).isNotNull();
            if (read.message() instanceof EdxmlPackage p) {
                for (EdxmlAttachment a : p.attachments()) {
                    assertThat(store.exists(a.content())).isTrue();
                }
            }
        } catch (EdxmlException refused) {
            assertThat(refused.violation().isError()).isTrue();
            assertThat(refused.getMessage()).startsWith(refused.kind().code());
        }
        assertThat(store.stored).allSatisfy(ref -> assertThat(store.exists(ref)).isTrue());
    }

    @Provide
    Arbitrary<Integer> which() {
        return Arbitraries.integers().between(0, 2);
    }
}
