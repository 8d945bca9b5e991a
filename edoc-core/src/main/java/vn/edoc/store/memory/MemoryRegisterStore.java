package vn.edoc.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterStore;
import vn.edoc.register.RegisterViolation;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;

/**
 * The in-memory store of register lines (sổ văn bản trong bộ nhớ). Writes are buffered in the unit of work and
 * applied on commit; reads without a unit of work see committed lines only. Adding a line locks its register until
 * the unit of work ends.
 */
public final class MemoryRegisterStore implements RegisterStore {

    private final MemoryTransactions transactions;
    // a hash map: RegisterKey's natural order compares organisation code levels, too slow for every look-up;
    // written only while committing
    private final Map<RegisterKey, Book> books = new HashMap<>();

    /** A store taking part in the units of work of {@code transactions}. */
    public MemoryRegisterStore(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** One register: its lines by number and by document. */
    private static final class Book {
        final TreeMap<Long, RegisterEntry> byNumber = new TreeMap<>();
        final Map<String, RegisterEntry> byDocument = new HashMap<>();

        void add(RegisterEntry entry) {
            byNumber.put(entry.number(), entry);
            byDocument.put(entry.documentId(), entry);
        }
    }

    private final class Added implements MemoryUnitOfWork.Pending {
        final Map<RegisterKey, Book> books = new HashMap<>(4);

        @Override
        public void apply() {
            this.books.forEach((key, added) -> {
                Book book = MemoryRegisterStore.this.books.computeIfAbsent(key, k -> new Book());
                added.byNumber.values().forEach(book::add);
            });
        }
    }

    @Override
    public void add(UnitOfWork uow, RegisterEntry entry) {
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        if (entry == null) {
            throw EdocRuleException.of(RegisterViolation.INCOMING_FIELD_MISSING, "", "entry");
        }
        RegisterKey key = entry.key();
        // the register's lock, the one the allocator takes, so that lines and numbers move together
        u.lock(MemorySequenceAllocator.registerLock(key), true, "register", key.toString());
        Optional<RegisterEntry> sameNumber = find(uow, key, entry.number());
        if (sameNumber.isPresent()) {
            throw EdocRuleException.of(RegisterViolation.DUPLICATE_NUMBER, "number", entry.number(), key);
        }
        Optional<RegisterEntry> sameDocument = findByDocument(uow, key, entry.documentId());
        if (sameDocument.isPresent()) {
            throw EdocRuleException.of(RegisterViolation.DUPLICATE_DOCUMENT, "documentId", entry.documentId(), key,
                    sameDocument.get().number());
        }
        u.pending(this, Added::new).books.computeIfAbsent(key, k -> new Book()).add(entry);
    }

    @Override
    public Optional<RegisterEntry> find(UnitOfWork uow, RegisterKey key, long number) {
        Added added = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        Book mine = added == null || key == null ? null : added.books.get(key);
        if (mine != null && mine.byNumber.containsKey(number)) {
            return Optional.of(mine.byNumber.get(number));
        }
        return find(key, number);
    }

    @Override
    public Optional<RegisterEntry> findByDocument(UnitOfWork uow, RegisterKey key, String documentId) {
        Added added = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        Book mine = added == null || key == null ? null : added.books.get(key);
        if (mine != null && mine.byDocument.containsKey(documentId)) {
            return Optional.of(mine.byDocument.get(documentId));
        }
        return transactions.read(() -> {
            Book book = key == null ? null : books.get(key);
            return book == null ? Optional.empty() : Optional.ofNullable(book.byDocument.get(documentId));
        });
    }

    @Override
    public Optional<RegisterEntry> find(RegisterKey key, long number) {
        return transactions.read(() -> {
            Book book = key == null ? null : books.get(key);
            return book == null ? Optional.empty() : Optional.ofNullable(book.byNumber.get(number));
        });
    }

    @Override
    public List<RegisterEntry> entries(RegisterKey key) {
        return transactions.read(() -> {
            Book book = key == null ? null : books.get(key);
            return book == null ? List.of() : List.copyOf(book.byNumber.values());
        });
    }

    @Override
    public List<RegisterEntry> entriesBetween(RegisterKey key, Instant fromInclusive, Instant toExclusive) {
        if (fromInclusive == null || toExclusive == null) {
            throw EdocRuleException.of(RegisterViolation.PERIOD_INVALID, "", "an end of the period is missing");
        }
        return transactions.read(() -> {
            Book book = key == null ? null : books.get(key);
            if (book == null) {
                return List.of();
            }
            List<RegisterEntry> found = new ArrayList<>();
            for (RegisterEntry e : book.byNumber.values()) {
                if (!e.registeredAt().isBefore(fromInclusive) && e.registeredAt().isBefore(toExclusive)) {
                    found.add(e);
                }
            }
            return List.copyOf(found);
        });
    }

    @Override
    public List<RegisterKey> keys() {
        return transactions.read(() -> books.keySet().stream().sorted().toList());
    }
}
