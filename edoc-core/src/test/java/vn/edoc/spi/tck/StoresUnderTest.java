package vn.edoc.spi.tck;

import java.time.Clock;
import java.util.Objects;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegisterStore;
import vn.edoc.register.SequenceAllocator;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.Transactions;

/**
 * The parts of one storage adapter that the {@link StorageCompatibilityKit} exercises, all sharing one
 * {@link Transactions}.
 *
 * @param transactions the adapter's units of work
 * @param sequences    its register number allocator
 * @param registers    its register store
 * @param audit        its audit log
 */
public record StoresUnderTest(Transactions transactions, SequenceAllocator sequences, RegisterStore registers,
                              AuditLog audit) {

    public StoresUnderTest {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(sequences, "sequences");
        Objects.requireNonNull(registers, "registers");
        Objects.requireNonNull(audit, "audit");
    }

    /** A register service over these stores. */
    public RegisterService registerService(Clock clock) {
        return new RegisterService(transactions, sequences, registers, audit, clock);
    }
}
