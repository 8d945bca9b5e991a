/**
 * Working time (thời gian làm việc): the Vietnamese lunar calendar, holidays and working days
 * ({@link vn.edoc.time.HolidayCalendar}, announced schedules through the {@link vn.edoc.time.HolidaySource} SPI),
 * office hours ({@link vn.edoc.time.OfficeHours}), fast working-time arithmetic ({@link vn.edoc.time.WorkingTime})
 * and the time rules R-TIME-1, R-TIME-2, R-TIME-4, R-TIME-7 ({@link vn.edoc.time.TimeRules}). All times are Vietnam
 * time, UTC+07:00.
 */
package vn.edoc.time;
