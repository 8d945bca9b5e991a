package vn.edoc.interconnect.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * A mail server the transport talks to (máy chủ thư): its host, port and how the connection is protected, and for
 * SMTP the login, if it asks for one (IMAP logins are per mailbox, see {@link MailTransport.Config#mailboxes()}).
 *
 * @param host     the host name or address
 * @param port     the port, 1 to 65535
 * @param security plain, STARTTLS or TLS from the start
 * @param login    the SMTP login, empty when the server takes mail without one
 */
public record MailServer(String host, int port, Security security, Optional<MailLogin> login) {

    /** How the connection is protected. */
    public enum Security {
        /** No TLS (a server on the same host or a test server). */
        PLAIN,
        /** Upgraded with STARTTLS, which is required. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, IMAPS). */
        TLS
    }

    /** Refuses a blank host and a port out of range. */
    public MailServer {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("blank mail host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(security, "security");
        login = login == null ? Optional.empty() : login;
    }

    /** A server at {@code host}:{@code port} without TLS or login. */
    public static MailServer plain(String host, int port) {
        return new MailServer(host, port, Security.PLAIN, Optional.empty());
    }

    /** This server with the login {@code value}. */
    public MailServer withLogin(MailLogin value) {
        return new MailServer(host, port, security, Optional.of(value));
    }

    /** This server protected by {@code value}. */
    public MailServer withSecurity(Security value) {
        return new MailServer(host, port, value, login);
    }
}
