/**
 * Reliable sending (gửi tin cậy): the transactional outbox and what sends from it.
 * {@link vn.edoc.interconnect.outbox.OutboxTransport} is the {@link vn.edoc.spi.Transport} the flows are given: it
 * writes each message into the {@link vn.edoc.spi.OutboxStore} inside the unit of work of the change that causes
 * it; {@link vn.edoc.interconnect.outbox.OutboxDispatcher} sends what is due, with retries, exponential backoff with
 * jitter and a dead-letter state a person sees and retries; {@link vn.edoc.interconnect.outbox.ChannelRouter}
 * picks one channel per recipient, the interconnection axis or e-mail (R-OUT-7, R-X-1, R-X-3).
 */
package vn.edoc.interconnect.outbox;
