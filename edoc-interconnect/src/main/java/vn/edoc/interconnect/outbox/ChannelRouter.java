package vn.edoc.interconnect.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.Channel;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;

/**
 * One channel per organisation (chọn kênh gửi, R-OUT-7): an organisation connected to the interconnection axis is
 * reached through the axis only ({@link Channel#SYSTEM}, R-X-1); any other through official e-mail
 * ({@link Channel#EMAIL}, R-X-3). The choice depends on the organisation alone, never on whether a send failed, so a
 * document sent through the system is never also mailed: when the axis is down the message waits in the outbox for
 * the axis. An organisation receives on its own channel too.
 */
public final class ChannelRouter implements Transport {

    private final Transport axis;
    private final Predicate<OrganCode> connected;
    private final Optional<Transport> mail;

    private ChannelRouter(Transport axis, Predicate<OrganCode> connected, Optional<Transport> mail) {
        this.axis = Objects.requireNonNull(axis, "axis");
        this.connected = Objects.requireNonNull(connected, "connected");
        this.mail = Objects.requireNonNull(mail, "mail");
    }

    /**
     * A router sending to the organisations {@code connected} says are on the axis through {@code axis}, and to
     * every other through {@code mail}.
     */
    public static ChannelRouter of(Transport axis, Predicate<OrganCode> connected, Transport mail) {
        return new ChannelRouter(axis, connected, Optional.of(Objects.requireNonNull(mail, "mail")));
    }

    /** A router with the axis only: an organisation not connected to it cannot be reached. */
    public static ChannelRouter axisOnly(Transport axis, Predicate<OrganCode> connected) {
        return new ChannelRouter(axis, connected, Optional.empty());
    }

    /**
     * The channel that reaches {@code organisation}.
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

    private Transport transport(Channel channel) {
        return channel == Channel.SYSTEM ? axis : mail.orElseThrow();
    }

    @Override
    public void send(TransportMessage message) {
        Objects.requireNonNull(message, "message");
        transport(channelFor(message.to())).send(message);
    }

    @Override
    public List<LeasedMessage> receive(OrganCode organisation, int max) {
        Channel channel = channelFor(organisation);
        List<LeasedMessage> out = new ArrayList<>();
        for (LeasedMessage l : transport(channel).receive(organisation, max)) {
            out.add(new LeasedMessage(l.message(), new DeliveryToken(channel.name() + " " + l.token().value()),
                    l.deliveryCount(), l.leasedUntil()));
        }
        return List.copyOf(out);
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
        if (channel == Channel.EMAIL && mail.isEmpty()) {
            throw new IllegalArgumentException("this router has no e-mail channel: " + v);
        }
        return transport(channel).acknowledge(new DeliveryToken(v.substring(space + 1)));
    }
}
