package vn.edoc.task;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data of a task as entered while drafting the assigning document (thông tin giao nhiệm vụ), R-TASK-1 (LS Đ13.1):
 * the assigned (lead) unit, the content, the deadline, the monitoring officer, and the cooperating units with the day
 * their answers are due. The same record carries what the approved document says, for the check of R-TASK-2.
 *
 * @param unitId      the assigned, lead unit (cơ quan, đơn vị được giao chủ trì)
 * @param content     what is to be done (nội dung nhiệm vụ)
 * @param deadline    the deadline (thời hạn)
 * @param monitorId   the monitoring officer (chuyên viên theo dõi, đôn đốc)
 * @param cooperating the cooperating units (đơn vị phối hợp) and the deadline of each, ordered by unit id
 */
public record TaskData(String unitId, String content, TaskDeadline deadline, String monitorId,
                       Map<String, TaskDeadline> cooperating) {

    /** Strips texts; copies the cooperating units in unit-id order; a {@code null} map is none. */
    public TaskData {
        unitId = unitId == null ? null : unitId.strip();
        content = content == null ? null : content.strip();
        monitorId = monitorId == null ? null : monitorId.strip();
        TreeMap<String, TaskDeadline> sorted = new TreeMap<>();
        if (cooperating != null) {
            cooperating.forEach((k, v) -> sorted.put(k == null ? "" : k.strip(), v));
        }
        cooperating = Collections.unmodifiableMap(sorted);
    }

    /** Task data without cooperating units. */
    public static TaskData of(String unitId, String content, TaskDeadline deadline, String monitorId) {
        return new TaskData(unitId, content, deadline, monitorId, Map.of());
    }

    /** This data with {@code unitId} cooperating, due by {@code deadline}. */
    public TaskData withCooperating(String cooperatingUnitId, TaskDeadline due) {
        TreeMap<String, TaskDeadline> more = new TreeMap<>(cooperating);
        more.put(cooperatingUnitId, due);
        return new TaskData(unitId, content, deadline, monitorId, more);
    }
}
