package vn.edoc.store.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.OutboxEntry;
import vn.edoc.spi.OutboxStore;
import vn.edoc.spi.UnitOfWork;

/**
 * The outbox (hộp thư đi) in {@code edoc_outbox}: one row per (sender, message id), the entry kept whole in
 * {@code body} beside the columns the dispatcher's query uses ({@code state}, {@code next_attempt_at}). Written in
 * the unit of work of the change that queues a message; the dispatcher's claim is an
 * {@code UPDATE ... WHERE version = ?}, so of two dispatchers claiming one entry the second changes nothing and is
 * refused.
 */
public final class JdbcOutboxStore implements OutboxStore {

    private final RecordTable<OutboxEntry> table;

    /** A store taking part in the units of work of {@code transactions}. */
    public JdbcOutboxStore(JdbcTransactions transactions) {
        Objects.requireNonNull(transactions, "transactions");
        this.table = new RecordTable<>(transactions, "edoc_outbox", OutboxEntry.class,
                e -> key(e.sender(), e.messageId()), OutboxEntry::sender, OutboxEntry::version, List.of(
                new RecordTable.Column<>("message_id", e -> e.messageId().value()),
                new RecordTable.Column<>("recipient", e -> e.message().to().value()),
                new RecordTable.Column<>("state", e -> e.state().name()),
                new RecordTable.Column<>("next_attempt_at", e -> utc(e.nextAttemptAt()))));
    }

    private static String key(OrganCode sender, MessageId id) {
        return sender.value() + "|" + id.value();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    @Override
    public void add(UnitOfWork uow, OutboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String key = key(entry.sender(), entry.messageId());
        if (entry.version() != 1 || table.insert(uow, entry) != RecordTable.Write.DONE) {
            throw new ConcurrentChangeException("outbox entry", key, entry.version() - 1,
                    table.storedVersion(uow, key));
        }
    }

    @Override
    public void save(UnitOfWork uow, OutboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (table.save(uow, entry) != RecordTable.Write.DONE) {
            String key = key(entry.sender(), entry.messageId());
            throw new ConcurrentChangeException("outbox entry", key, entry.version() - 1,
                    table.storedVersion(uow, key));
        }
    }

    @Override
    public Optional<OutboxEntry> find(UnitOfWork uow, OrganCode sender, MessageId id) {
        Objects.requireNonNull(uow, "uow");
        if (sender == null || id == null) {
            return Optional.empty();
        }
        return table.find(uow, key(sender, id));
    }

    @Override
    public Optional<OutboxEntry> find(OrganCode sender, MessageId id) {
        if (sender == null || id == null) {
            return Optional.empty();
        }
        return table.find(null, key(sender, id));
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        if (limit == 0) {
            return List.of();
        }
        return table.select(null, "state IN ('PENDING', 'SENDING') AND next_attempt_at <= ?"
                + " ORDER BY next_attempt_at, saved_order LIMIT ?", p -> {
            p.setObject(1, utc(now));
            p.setInt(2, limit);
        });
    }

    @Override
    public List<OutboxEntry> inState(OrganCode sender, OutboxEntry.State state, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        if (sender == null || state == null || limit == 0) {
            return List.of();
        }
        return table.select(null, "organisation = ? AND state = ? ORDER BY saved_order LIMIT ? OFFSET ?", p -> {
            p.setString(1, sender.value());
            p.setString(2, state.name());
            p.setInt(3, limit);
            p.setInt(4, offset);
        });
    }
}
