/**
 * Official e-mail as a transport (thư điện tử công vụ, R-X-3): the {@link vn.edoc.spi.Transport}
 * {@link vn.edoc.interconnect.mail.MailTransport} sends each message as an edXML package attached to a MIME message
 * over SMTP and receives from an IMAP mailbox per organisation, under leases kept on the server, acknowledging by
 * moving the processed message away. Organisations are found by their addresses in a
 * {@link vn.edoc.interconnect.mail.MailDirectory}; a commune's shared mailboxes are
 * {@link vn.edoc.interconnect.mail.FunctionalMailbox}es, transport addresses with a responsible person, never
 * actors (R-ID-4, R-ACC-1). Built on Jakarta Mail (Eclipse Angus).
 */
package vn.edoc.interconnect.mail;
