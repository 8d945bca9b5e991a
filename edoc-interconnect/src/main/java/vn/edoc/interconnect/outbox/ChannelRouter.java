package vn.edoc.interconnect.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.Channel;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;

/**
 * One channel per pair of organisations (chọn kênh gửi, R-OUT-7, R-X-1, R-X-3): a message between two organisations
 * connected to the interconnection axis goes through the axis only ({@link Channel#SYSTEM}); a message to or from an
 * organisation without a connected system (a commune reached by mail only) goes through official e-mail
 * ({@link Channel#EMAIL}), both ways — its documents to the province and the province's answers to it. The choice
 * depends on the two organisations alone, never on whether a send failed, so a document sent through the system is
 * never also mailed: when the axis is down the message waits in the outbox for the axis.
 *
 * <p>Receiving: an organisation without a connected system reads its mailbox; a connected organisation reads the axis
 * and also its official mailbox (where the mail-only organisations write to it), each message acknowledged on the
 * channel it came from. When one of a connected organisation's two channels cannot be read, what the other gave is
 * still returned (and the failure logged): a message leased and not returned would only wait for its lease to end;
 * an axis failure with nothing from the mailbox is thrown.
 */
public final class ChannelRouter implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelRouter.class);

    private final Transport axis;
    private final Predicate<OrganCode> connected;
    private final Optional<Transport> mail;
    private final Predicate<OrganCode> mailbox;

    private ChannelRouter(Transport axis, Predicate<OrganCode> connected, Optional<Transport> mail,
                          Predicate<OrganCode> mailbox) {
        this.axis = Objects.requireNonNull(axis, "axis");
        this.connected = Objects.requireNonNull(connected, "connected");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
    }

    /**
     * A router over {@code axis} for the organisations {@code connected} says are on it and {@code mail} for the
     * others; every organisation reads its mailbox through {@code mail} too (each has an official address, R-X-3).
     */
    public static ChannelRouter of(Transport axis, Predicate<OrganCode> connected, Transport mail) {
        return of(axis, connected, mail, o -> true);
    }

    /**
     * As {@link #of(Transport, Predicate, Transport)}, the connected organisations reading a mailbox only where
     * {@code mailbox} says this deployment has one for them (e.g. {@code mailTransport.config().mailboxes()::containsKey}).
     */
    public static ChannelRouter of(Transport axis, Predicate<OrganCode> connected, Transport mail,
                                   Predicate<OrganCode> mailbox) {
        return new ChannelRouter(axis, connected, Optional.of(Objects.requireNonNull(mail, "mail")), mailbox);
    }

    /** A router with the axis only: an organisation not connected to it can neither be reached nor write. */
    public static ChannelRouter axisOnly(Transport axis, Predicate<OrganCode> connected) {
        return new ChannelRouter(axis, connected, Optional.empty(), o -> false);
    }

    /**
     * The channel that reaches {@code organisation} from a connected organisation.
     *
     * @throws NoChannelException when it is not on the axis and there is no e-mail channel
     */
    public Channel channelFor(OrganCode organisation) {
        Objects.requireNonNull(organisation, "organisation");
        if (connected.test(organisation)) {
            return Channel.SYSTEM;
        }
        if (mail.isPresent()) {
            return Channel.EMAIL;
        }
        throw new NoChannelException(organisation);
    }

    /**
     * The one channel between {@code from} and {@code to}: the axis when both are connected, e-mail when either is
     * not.
     *
     * @throws NoChannelException when one of them is not on the axis and there is no e-mail channel
     */
    public Channel channelBetween(OrganCode from, OrganCode to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Channel toward = channelFor(to);
        return toward == Channel.EMAIL ? toward : channelFor(from);
    }

    private Transport transport(Channel channel) {
        return channel == Channel.SYSTEM ? axis : mail.orElseThrow();
    }

    @Override
    public void send(TransportMessage message) {
        Objects.requireNonNull(message, "message");
        transport(channelBetween(message.from(), message.to())).send(message);
    }

    @Override
    public List<LeasedMessage> receive(OrganCode organisation, int max) {
        Objects.requireNonNull(organisation, "organisation");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        if (channelFor(organisation) == Channel.EMAIL) {
            return leased(Channel.EMAIL, organisation, max);
        }
        boolean readsMail = mail.isPresent() && mailbox.test(organisation);
        List<LeasedMessage> out = new ArrayList<>();
        RuntimeException axisFailure = null;
        try {
            // leave the mailbox one place when there are two, so a busy axis does not keep the mail waiting
            out.addAll(leased(Channel.SYSTEM, organisation, readsMail && max > 1 ? max - 1 : max));
        } catch (RuntimeException e) {
            if (!readsMail) {
                throw e;
            }
            axisFailure = e;
        }
        if (readsMail && out.size() < max) {
            try {
                out.addAll(leased(Channel.EMAIL, organisation, max - out.size()));
            } catch (RuntimeException e) {
                if (axisFailure != null) {
                    e.addSuppressed(axisFailure);
                    throw e;
                }
                LOG.warn("the mailbox of {} cannot be read now; the axis's messages are returned: {}",
                        organisation.value(), e.toString());
            }
        }
        if (axisFailure != null && out.isEmpty()) {
            throw axisFailure;
        }
        if (axisFailure != null) {
            LOG.warn("the axis cannot be read for {} now; the mailbox's messages are returned: {}",
                    organisation.value(), axisFailure.toString());
        }
        return List.copyOf(out);
    }

    private List<LeasedMessage> leased(Channel channel, OrganCode organisation, int max) {
        List<LeasedMessage> out = new ArrayList<>();
        for (LeasedMessage l : transport(channel).receive(organisation, max)) {
            // the channel travels in the token, so acknowledging needs no memory of what was leased
            out.add(new LeasedMessage(l.message(), new DeliveryToken(channel.name() + " " + l.token().value()),
                    l.deliveryCount(), l.leasedUntil()));
        }
        return out;
    }

    @Override
    public boolean acknowledge(DeliveryToken token) {
        Objects.requireNonNull(token, "token");
        String v = token.value();
        int space = v.indexOf(' ');
        Channel channel;
        try {
            channel = Channel.valueOf(space < 0 ? v : v.substring(0, space));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a delivery token of the channel router: " + v, e);
        }
        if (space < 0) {
            throw new IllegalArgumentException("not a delivery token of the channel router: " + v);
        }
        if (channel == Channel.EMAIL && mail.isEmpty()) {
            throw new IllegalArgumentException("this router has no e-mail channel: " + v);
        }
        return transport(channel).acknowledge(new DeliveryToken(v.substring(space + 1)));
    }
}
