package vn.edoc.routing;

import vn.edoc.spi.UnitOfWork;

/**
 * Takes part in making a draft (tham gia khởi tạo dự thảo), inside the same unit of work: for example the task engine,
 * which records that a reply is drafted from a task document (R-TASK-4). Throwing
 * {@link vn.edoc.validation.EdocRuleException} refuses the draft, and nothing of it is kept.
 *
 * <p>Declared here so that routing does not depend on the task engine; the task engine gives one through
 * {@code TaskBridges.draftParticipant()}.
 */
@FunctionalInterface
public interface DraftParticipant {

    /**
     * Called once per new draft, after the record is saved and before the unit of work commits.
     *
     * @param unitOfWork the drafting unit of work
     * @param drafter    who drafts, as checked by the flow
     * @param draft      the new record, version 1, with the {@link OutgoingRecord#answersTaskId()} it was given
     */
    void onDraft(UnitOfWork unitOfWork, Actor drafter, OutgoingRecord draft);
}
