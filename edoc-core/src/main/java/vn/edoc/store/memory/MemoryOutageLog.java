package vn.edoc.store.memory;

import java.util.List;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.Outage;
import vn.edoc.routing.OutageLog;
import vn.edoc.spi.UnitOfWork;

/** The in-memory log of outages (sổ sự cố trong bộ nhớ). Thread-safe. */
public final class MemoryOutageLog implements OutageLog {

    private final MemoryTable<Outage> outages;

    /** A log taking part in the units of work of {@code transactions}. */
    public MemoryOutageLog(MemoryTransactions transactions) {
        // outages are never changed: every one is "version 1"
        this.outages = new MemoryTable<>(transactions, "outage", o -> 1);
    }

    @Override
    public String newId(UnitOfWork uow) {
        return outages.newId(uow, "sc");
    }

    @Override
    public void add(UnitOfWork uow, Outage outage) {
        outages.save(uow, outage == null ? null : outage.id(), outage);
    }

    @Override
    public Optional<Outage> find(String id) {
        return outages.find(id);
    }

    @Override
    public Optional<Outage> find(UnitOfWork uow, String id) {
        return outages.find(uow, id);
    }

    @Override
    public List<Outage> outagesOf(OrganCode organisation) {
        return outages.committed(o -> o.organisation().equals(organisation));
    }
}
