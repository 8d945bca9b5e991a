/**
 * Internals of {@code vn.edoc.time} (nội bộ): the astronomy behind the lunar calendar. Not API; it may
 * change without notice. Use {@link vn.edoc.time.LunarCalendar}.
 */
package vn.edoc.time.internal;
