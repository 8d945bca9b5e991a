package vn.edoc.interconnect.mail;

import java.time.Instant;
import java.util.Objects;
import vn.edoc.id.OrganCode;

/**
 * A mail the transport could not hand out (thư bị cách ly): moved to the quarantine folder of the mailbox, kept
 * there whole for a person (the mailbox's responsible person for a commune), and refused to its sender when the
 * sender and document can be told.
 *
 * @param mailbox   the organisation whose mailbox it arrived in
 * @param messageId its {@code Message-ID} header, {@code ""} when it has none
 * @param from      its sender's address, {@code ""} when it has none
 * @param subject   its subject, {@code ""} when it has none
 * @param code      the violation code, such as {@code EDOC-MAIL-002}
 * @param reason    what is wrong, for a person
 * @param at        when it was put in quarantine
 */
public record UnreadableMail(OrganCode mailbox, String messageId, String from, String subject, String code,
                             String reason, Instant at) {

    /** Refuses missing parts. */
    public UnreadableMail {
        Objects.requireNonNull(mailbox, "mailbox");
        messageId = messageId == null ? "" : messageId;
        from = from == null ? "" : from;
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(code, "code");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(at, "at");
    }
}
