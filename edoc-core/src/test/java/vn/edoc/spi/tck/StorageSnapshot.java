package vn.edoc.spi.tck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.edoc.audit.AuditEntry;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;

/**
 * Everything committed in a storage adapter, read through the SPI only, to compare before and after an operation
 * that must change nothing.
 *
 * @param lastNumbers the last committed number of every register looked at
 * @param entries     the committed lines of every register looked at
 * @param audit       the whole committed audit trail
 */
public record StorageSnapshot(Map<RegisterKey, Long> lastNumbers, Map<RegisterKey, List<RegisterEntry>> entries,
                              List<AuditEntry> audit) {

    /** Reads the state of {@code stores}: the registers it holds and {@code alsoLookAt}, and the audit trail. */
    public static StorageSnapshot of(StoresUnderTest stores, Collection<RegisterKey> alsoLookAt) {
        TreeSet<RegisterKey> keys = new TreeSet<>(alsoLookAt);
        keys.addAll(stores.registers().keys());
        Map<RegisterKey, Long> numbers = new LinkedHashMap<>();
        Map<RegisterKey, List<RegisterEntry>> entries = new LinkedHashMap<>();
        for (RegisterKey key : keys) {
            numbers.put(key, stores.sequences().current(key));
            entries.put(key, stores.registers().entries(key));
        }
        List<AuditEntry> audit = new ArrayList<>();
        stores.audit().scan(audit::add);
        return new StorageSnapshot(Map.copyOf(numbers), Map.copyOf(entries), List.copyOf(audit));
    }
}
