package vn.edoc.store.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.Outage;
import vn.edoc.routing.OutageLog;
import vn.edoc.spi.UnitOfWork;

/** Recorded outages (sổ ghi nhận sự cố, R-OPS-2) in {@code edoc_outage}, in the order added. */
public final class JdbcOutageLog implements OutageLog {

    private final RecordTable<Outage> table;

    /** A log taking part in the units of work of {@code transactions}. */
    public JdbcOutageLog(JdbcTransactions transactions) {
        this.table = new RecordTable<>(transactions, "edoc_outage", Outage.class, Outage::id, Outage::organisation,
                null, List.of());
    }

    @Override
    public String newId(UnitOfWork uow) {
        return table.newId(uow, "sc");
    }

    @Override
    public void add(UnitOfWork uow, Outage outage) {
        Objects.requireNonNull(outage, "outage");
        if (table.insert(uow, outage) != RecordTable.Write.DONE) {
            throw new vn.edoc.spi.ConcurrentChangeException("outage", outage.id(), 0, 1);
        }
    }

    @Override
    public Optional<Outage> find(String id) {
        return table.find(null, id);
    }

    @Override
    public Optional<Outage> find(UnitOfWork uow, String id) {
        Objects.requireNonNull(uow, "uow");
        return table.find(uow, id);
    }

    @Override
    public List<Outage> outagesOf(OrganCode organisation) {
        if (organisation == null) {
            return List.of();
        }
        return table.select(null, "organisation = ? ORDER BY saved_order", p -> p.setString(1, organisation.value()));
    }
}
