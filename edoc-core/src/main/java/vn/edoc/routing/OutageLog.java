package vn.edoc.routing;

import java.util.List;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.UnitOfWork;

/**
 * Persistence of recorded outages (sổ ghi nhận sự cố, R-OPS-2, LA Đ14.3a). Used by
 * {@link vn.edoc.routing.OutageService}. Outages are only added, never changed.
 *
 * <h2>Contract for adapters</h2>
 * {@link #add} writes inside the unit of work (visible after commit, gone after rollback) and refuses an id already
 * used with {@link IllegalStateException}; lists come in the order added.
 */
public interface OutageLog {

    /** A new outage id, such as {@code "sc-1"}. */
    String newId(UnitOfWork uow);

    /** Adds {@code outage} inside {@code uow}. */
    void add(UnitOfWork uow, Outage outage);

    /** The committed outage {@code id}. */
    Optional<Outage> find(String id);

    /** The outage {@code id} as seen inside {@code uow}. */
    Optional<Outage> find(UnitOfWork uow, String id);

    /** The committed outages of {@code organisation}. */
    List<Outage> outagesOf(OrganCode organisation);
}
