/**
 * Domain events (sự kiện nghiệp vụ): the sealed {@link vn.edoc.event.DomainEvent} hierarchy, the
 * {@link vn.edoc.event.EventListener} interface and the synchronous, thread-safe
 * {@link vn.edoc.event.EventPublisher}, which isolates failing listeners.
 */
package vn.edoc.event;
