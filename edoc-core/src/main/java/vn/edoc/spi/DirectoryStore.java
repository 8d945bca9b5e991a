package vn.edoc.spi;

import vn.edoc.org.Directory;

/**
 * Where the directory as it is now lives (danh bạ hiện hành): organisations, units, people and accounts. Every flow
 * reads the acting person from here before checking permissions (R-ACC-1, R-ACC-2), typically through
 * {@code directoryStore::current} given to {@link vn.edoc.routing.RoutingContext}; only
 * {@link vn.edoc.routing.AccountService} replaces it, in the same unit of work as the audit entries of the change.
 *
 * <h2>Contract for adapters</h2>
 * {@link #replace} is seen inside its unit of work at once and by others only after commit; a rolled-back unit of
 * work leaves the committed directory as it was.
 */
public interface DirectoryStore {

    /** The committed directory. */
    Directory current();

    /** The directory as seen inside {@code uow} (its own replacement included). */
    Directory current(UnitOfWork uow);

    /** Replaces the directory inside {@code uow}. */
    void replace(UnitOfWork uow, Directory directory);
}
