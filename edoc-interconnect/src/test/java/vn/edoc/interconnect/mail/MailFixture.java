package vn.edoc.interconnect.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.edoc.id.OrganCode;

/**
 * An in-process GreenMail (SMTP + IMAP on loopback, on ports fixed at creation so that it can be stopped and started
 * again at the same address) with one mailbox per organisation, and the transport configuration that reaches it.
 */
public final class MailFixture implements AutoCloseable {

    public final int smtpPort;
    public final int imapPort;
    private final Map<OrganCode, String> addresses = new LinkedHashMap<>();
    private GreenMail green;

    public MailFixture(OrganCode... organisations) {
        this.smtpPort = freePort();
        this.imapPort = freePort();
        for (OrganCode o : organisations) {
            addresses.put(o, "vt." + o.value().toLowerCase(java.util.Locale.ROOT).replace('.', '-') + "@edoc.test");
        }
        start();
    }

    /** Adds (or replaces) the address of {@code organisation}; call {@link #start} again to create its mailbox. */
    public MailFixture address(OrganCode organisation, String address) {
        addresses.put(organisation, address);
        if (green != null) {
            green.setUser(address, address, "pw-" + address);
        }
        return this;
    }

    /** Starts the server (again, after {@link #stop}: the mailboxes start empty). */
    public void start() {
        green = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        green.start();
        addresses.values().forEach(a -> green.setUser(a, a, "pw-" + a));
    }

    /** Stops the server: sending and receiving fail until {@link #start}. */
    public void stop() {
        green.stop();
    }

    public GreenMail green() {
        return green;
    }

    public String addressOf(OrganCode o) {
        return addresses.get(o);
    }

    public MailDirectory directory() {
        MailDirectory.Builder b = MailDirectory.builder();
        addresses.forEach(b::organisation);
        return b.build();
    }

    public Map<OrganCode, MailLogin> logins() {
        Map<OrganCode, MailLogin> m = new LinkedHashMap<>();
        addresses.forEach((o, a) -> m.put(o, new MailLogin(a, "pw-" + a)));
        return m;
    }

    public MailTransport.Config config(Clock clock) {
        return MailTransport.Config.of(MailServer.plain("127.0.0.1", smtpPort), MailServer.plain("127.0.0.1", imapPort),
                directory(), logins(), clock).withTimeout(java.time.Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        if (green != null) {
            green.stop();
        }
    }

    /** A free TCP port on the loopback address, for an in-process server. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
