package vn.edoc.routing;

import java.util.List;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.UnitOfWork;

/**
 * Tells which tasks an issued document carries to one recipient (nhiệm vụ kèm văn bản giao), so that the transport
 * message carries them and the receiver makes one row per task (R-IN-9, LS Đ13.3a). Called by
 * {@link OutgoingFlow#issue} inside the issuing unit of work, after the {@link IssueParticipant}s.
 *
 * <p>Declared here so that routing does not depend on the task engine; the task engine gives one through
 * {@code TaskBridges.taskDescriptorSource()}. Implementations must not write anything.
 */
@FunctionalInterface
public interface TaskDescriptorSource {

    /**
     * The tasks {@code issued} assigns to {@code recipient}, each as the one-line text the receiver shows on its row
     * (content and deadline); empty when none.
     */
    List<String> tasksFor(UnitOfWork unitOfWork, IssuedDocument issued, OrganCode recipient);
}
