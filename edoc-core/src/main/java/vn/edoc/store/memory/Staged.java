package vn.edoc.store.memory;

/**
 * A value a committing unit of work has put in place but not yet made visible (giá trị chờ công bố): readers see
 * {@code previous} until the unit of work's {@link Publication} is published, then {@code value}. Every value a
 * commit writes is staged first and all of them become visible with one volatile write, so a reader never sees half
 * of a unit of work, and commits of different organisations never wait for each other. Once published, the
 * committer replaces each staged value by the value itself (while it still holds the key's lock), so nothing of it
 * is kept.
 *
 * @param value       what the unit of work wrote
 * @param previous    the visible value before it, or {@code null} when there was none
 * @param publication the unit of work's switch from invisible to visible
 */
record Staged(Object value, Object previous, Publication publication) {

    /** The switch that makes every value staged by one commit visible at once. */
    static final class Publication {
        private volatile boolean published;

        /** Makes every value staged with this publication visible at once. */
        void publish() {
            published = true;
        }

        boolean isPublished() {
            return published;
        }
    }

    /**
     * What a reader sees of {@code stored} (a plain value, a staged one, or {@code null}): the value itself, or for a
     * staged value the new one once published and the previous one before; {@code null} for none.
     */
    @SuppressWarnings("unchecked")
    static <V> V visible(Object stored) {
        if (stored instanceof Staged s) {
            return (V) (s.publication.isPublished() ? s.value : s.previous);
        }
        return (V) stored;
    }
}
