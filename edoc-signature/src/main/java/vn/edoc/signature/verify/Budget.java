package vn.edoc.signature.verify;

/**
 * The work left for one verification: objects to visit, decoded bytes to compare, and a deadline. Bounded work is
 * how a crafted file (a cyclic object graph, a decompression bomb, millions of objects) is kept from hanging the
 * verifier; {@link System#nanoTime()} measures elapsed work here, it is not the time of any record.
 */
final class Budget {

    /** Thrown when a limit is reached; the caller turns it into {@code EDOC-SIG-111}. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted(String what) {
            super(what, null, false, false);
        }
    }

    private final VerifierLimits limits;
    private final long deadline;
    private long objects;
    private long decoded;

    Budget(VerifierLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    VerifierLimits limits() {
        return limits;
    }

    void visit() {
        if (++objects > limits.maxComparedObjects()) {
            throw new Exhausted("more than " + limits.maxComparedObjects() + " objects to compare");
        }
        if ((objects & 1023) == 0) {
            checkTime();
        }
    }

    void decoded(long bytes) {
        decoded += bytes;
        if (decoded > limits.maxDecodedBytes()) {
            throw new Exhausted("more than " + limits.maxDecodedBytes() + " decoded bytes to compare");
        }
    }

    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new Exhausted("verification took longer than " + limits.maxTime());
        }
    }
}
