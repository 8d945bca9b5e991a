package vn.edoc.interconnect.outbox;

import vn.edoc.id.OrganCode;

/**
 * No channel reaches an organisation (không có kênh gửi): it is neither connected to the interconnection axis nor
 * has an e-mail address. Not worth retrying until the directory is fixed.
 */
public final class NoChannelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No channel reaches {@code organisation}. */
    public NoChannelException(OrganCode organisation) {
        super("no channel reaches " + organisation.value() + ": not on the axis and no e-mail address");
    }
}
