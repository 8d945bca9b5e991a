package vn.edoc.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
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
    // lines are added only by a commit holding the register's lock; read without a lock
    // (sized so that registers of different organisations rarely share a bin)
    private final ConcurrentHashMap<RegisterKey, Book> books = new ConcurrentHashMap<>(256);

    /** A store taking part in the units of work of {@code transactions}. */
    public MemoryRegisterStore(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * One register as committed: its lines by number and by document (the same line objects, no copy), each
     * {@link Staged} while its commit is not yet published.
     */
    private static final class Book {
        final ConcurrentSkipListMap<Long, Object> byNumber = new ConcurrentSkipListMap<>();
        final ConcurrentHashMap<String, Object> byDocument = new ConcurrentHashMap<>();

        void stage(RegisterEntry entry, Staged.Publication publication) {
            byNumber.put(entry.number(), new Staged(entry, Staged.visible(byNumber.get(entry.number())), publication));
            byDocument.put(entry.documentId(),
                    new Staged(entry, Staged.visible(byDocument.get(entry.documentId())), publication));
        }

        void settle(RegisterEntry entry) {
            byNumber.put(entry.number(), entry);
            byDocument.put(entry.documentId(), entry);
        }

        /** The visible lines, by number. */
        List<RegisterEntry> lines() {
            List<RegisterEntry> lines = new ArrayList<>();
            for (Object stored : byNumber.values()) {
                RegisterEntry line = Staged.visible(stored);
                if (line != null) {
                    lines.add(line);
                }
            }
            return lines;
        }

        boolean hasVisibleLine() {
            for (Object stored : byNumber.values()) {
                if (Staged.visible(stored) != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The lines added in one unit of work: a few, so a list searched in order. */
    private final class Added implements MemoryUnitOfWork.Pending {
        final List<RegisterEntry> lines = new ArrayList<>(2);

        @Override
        public void stage(Staged.Publication publication) {
            for (RegisterEntry line : lines) {
                books.computeIfAbsent(line.key(), k -> new Book()).stage(line, publication);
            }
        }

        @Override
        public void settle() {
            for (RegisterEntry line : lines) {
                books.get(line.key()).settle(line);
            }
        }

        Optional<RegisterEntry> byNumber(RegisterKey key, long number) {
            for (RegisterEntry line : lines) {
                if (line.number() == number && line.key().equals(key)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        }

        Optional<RegisterEntry> byDocument(RegisterKey key, String documentId) {
            for (RegisterEntry line : lines) {
                if (line.documentId().equals(documentId) && line.key().equals(key)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
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
        u.lock(MemorySequenceAllocator.registerLock(key), true, "register", key);
        Optional<RegisterEntry> sameNumber = find(uow, key, entry.number());
        if (sameNumber.isPresent()) {
            throw EdocRuleException.of(RegisterViolation.DUPLICATE_NUMBER, "number", entry.number(), key);
        }
        Optional<RegisterEntry> sameDocument = findByDocument(uow, key, entry.documentId());
        if (sameDocument.isPresent()) {
            throw EdocRuleException.of(RegisterViolation.DUPLICATE_DOCUMENT, "documentId", entry.documentId(), key,
                    sameDocument.get().number());
        }
        u.pending(this, Added::new).lines.add(entry);
    }

    @Override
    public Optional<RegisterEntry> find(UnitOfWork uow, RegisterKey key, long number) {
        Added added = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        Optional<RegisterEntry> mine = added == null || key == null ? Optional.empty() : added.byNumber(key, number);
        return mine.isPresent() ? mine : find(key, number);
    }

    @Override
    public Optional<RegisterEntry> findByDocument(UnitOfWork uow, RegisterKey key, String documentId) {
        Added added = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        if (key == null || documentId == null) {
            return Optional.empty();
        }
        Optional<RegisterEntry> mine = added == null ? Optional.empty() : added.byDocument(key, documentId);
        if (mine.isPresent()) {
            return mine;
        }
        Book book = books.get(key);
        return book == null ? Optional.empty() : Optional.ofNullable(Staged.visible(book.byDocument.get(documentId)));
    }

    @Override
    public Optional<RegisterEntry> find(RegisterKey key, long number) {
        if (key == null) {
            return Optional.empty();
        }
        Book book = books.get(key);
        return book == null ? Optional.empty() : Optional.ofNullable(Staged.visible(book.byNumber.get(number)));
    }

    @Override
    public List<RegisterEntry> entries(RegisterKey key) {
        if (key == null) {
            return List.of();
        }
        Book book = books.get(key);
        return book == null ? List.of() : List.copyOf(book.lines());
    }

    @Override
    public List<RegisterEntry> entriesBetween(RegisterKey key, Instant fromInclusive, Instant toExclusive) {
        if (fromInclusive == null || toExclusive == null) {
            throw EdocRuleException.of(RegisterViolation.PERIOD_INVALID, "", "an end of the period is missing");
        }
        if (key == null) {
            return List.of();
        }
        Book book = books.get(key);
        if (book == null) {
            return List.of();
        }
        List<RegisterEntry> found = new ArrayList<>();
        for (RegisterEntry e : book.lines()) {
            if (!e.registeredAt().isBefore(fromInclusive) && e.registeredAt().isBefore(toExclusive)) {
                found.add(e);
            }
        }
        return List.copyOf(found);
    }

    @Override
    public List<RegisterKey> keys() {
        return books.entrySet().stream().filter(e -> e.getValue().hasVisibleLine()).map(Map.Entry::getKey).sorted()
                .toList();
    }
}
