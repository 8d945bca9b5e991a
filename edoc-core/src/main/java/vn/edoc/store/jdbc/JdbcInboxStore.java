package vn.edoc.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.InboxEntry;
import vn.edoc.spi.InboxStore;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.QuarantinedMessage;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;

/**
 * The inbox dedupe table and the quarantine (sổ thông điệp đến, cách ly) in {@code edoc_inbox} and
 * {@code edoc_quarantine}. An entry's key (receiver, sender, message id) is the table's primary key, written in the
 * unit of work that takes the message in: of two receivers racing on one message the second's insert finds the key
 * (PostgreSQL waits for the first to commit) and is refused with {@link ConcurrentChangeException}.
 */
public final class JdbcInboxStore implements InboxStore {

    private final JdbcTransactions transactions;
    private final RecordTable<QuarantinedMessage> quarantine;

    /** A store taking part in the units of work of {@code transactions}. */
    public JdbcInboxStore(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.quarantine = new RecordTable<>(transactions, "edoc_quarantine", QuarantinedMessage.class,
                QuarantinedMessage::id, QuarantinedMessage::receiver, QuarantinedMessage::version, List.of(
                new RecordTable.Column<>("sender", q -> q.message().from().value()),
                new RecordTable.Column<>("message_id", q -> q.message().id().value()),
                new RecordTable.Column<>("state", q -> q.state().name())));
    }

    @Override
    public Optional<InboxEntry> find(UnitOfWork uow, OrganCode receiver, OrganCode sender, MessageId id) {
        Objects.requireNonNull(uow, "uow");
        if (receiver == null || sender == null || id == null) {
            return Optional.empty();
        }
        return transactions.inside(uow, "read the inbox", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM edoc_inbox"
                    + " WHERE organisation = ? AND sender = ? AND message_id = ?")) {
                p.setString(1, receiver.value());
                p.setString(2, sender.value());
                p.setString(3, id.value());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(RecordCodec.read(rs.getString(1), InboxEntry.class))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void add(UnitOfWork uow, InboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String key = entry.receiver().value() + "|" + entry.sender().value() + "|" + entry.messageId().value();
        int inserted = transactions.inside(uow, "record an inbox entry", c -> {
            String sql = "INSERT INTO edoc_inbox (organisation, sender, message_id, kind, body) VALUES (?, ?, ?, ?, ?)"
                    + (transactions.dialect() == Dialect.POSTGRESQL ? " ON CONFLICT DO NOTHING" : "");
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, entry.receiver().value());
                p.setString(2, entry.sender().value());
                p.setString(3, entry.messageId().value());
                p.setString(4, entry.kind().name());
                p.setString(5, RecordCodec.write(entry));
                return p.executeUpdate();
            } catch (SQLException e) {
                if (Dialect.isDuplicateKey(e)) {
                    return 0;
                }
                throw e;
            }
        });
        if (inserted != 1) {
            throw new ConcurrentChangeException("inbox entry", key, 0, 1);
        }
    }

    @Override
    public List<InboxEntry> entries(OrganCode receiver, TransportMessage.Kind kind, int offset, int limit) {
        checkPage(offset, limit);
        if (receiver == null || kind == null || limit == 0) {
            return List.of();
        }
        return transactions.outside("read the inbox", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM edoc_inbox WHERE organisation = ?"
                    + " AND kind = ? ORDER BY saved_order LIMIT ? OFFSET ?")) {
                p.setString(1, receiver.value());
                p.setString(2, kind.name());
                p.setInt(3, limit);
                p.setInt(4, offset);
                List<InboxEntry> found = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(RecordCodec.read(rs.getString(1), InboxEntry.class));
                    }
                }
                return List.copyOf(found);
            }
        });
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    @Override
    public String newQuarantineId(UnitOfWork uow) {
        return quarantine.newId(uow, "cl");
    }

    @Override
    public void saveQuarantined(UnitOfWork uow, QuarantinedMessage message) {
        Objects.requireNonNull(message, "message");
        if (quarantine.save(uow, message) != RecordTable.Write.DONE) {
            throw new ConcurrentChangeException("quarantined message", message.id(), message.version() - 1,
                    quarantine.storedVersion(uow, message.id()));
        }
    }

    @Override
    public Optional<QuarantinedMessage> quarantined(UnitOfWork uow, String id) {
        Objects.requireNonNull(uow, "uow");
        return quarantine.find(uow, id);
    }

    @Override
    public Optional<QuarantinedMessage> quarantined(String id) {
        return quarantine.find(null, id);
    }

    @Override
    public List<QuarantinedMessage> quarantinedFor(UnitOfWork uow, OrganCode receiver, OrganCode sender,
                                                   MessageId id) {
        Objects.requireNonNull(uow, "uow");
        if (receiver == null || sender == null || id == null) {
            return List.of();
        }
        return quarantine.select(uow, "organisation = ? AND sender = ? AND message_id = ? ORDER BY saved_order", p -> {
            p.setString(1, receiver.value());
            p.setString(2, sender.value());
            p.setString(3, id.value());
        });
    }

    @Override
    public List<QuarantinedMessage> quarantinedOf(OrganCode receiver, QuarantinedMessage.State state, int offset,
                                                  int limit) {
        checkPage(offset, limit);
        if (receiver == null || state == null || limit == 0) {
            return List.of();
        }
        return quarantine.select(null, "organisation = ? AND state = ? ORDER BY saved_order LIMIT ? OFFSET ?", p -> {
            p.setString(1, receiver.value());
            p.setString(2, state.name());
            p.setInt(3, limit);
            p.setInt(4, offset);
        });
    }
}
