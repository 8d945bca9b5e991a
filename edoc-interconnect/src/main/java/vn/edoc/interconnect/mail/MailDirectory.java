package vn.edoc.interconnect.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;

/**
 * Where each organisation is reached by e-mail (danh bạ thư điện tử): an organisation's official mailbox, or a
 * commune's {@link FunctionalMailbox}. The first address of an organisation is where mail to it goes; every address
 * of it is accepted as the sender of its mail. Immutable; built with {@link #builder()}.
 */
public final class MailDirectory {

    private final Map<OrganCode, List<String>> addresses;
    private final Map<OrganCode, List<FunctionalMailbox>> functional;

    private MailDirectory(Map<OrganCode, List<String>> addresses, Map<OrganCode, List<FunctionalMailbox>> functional) {
        this.addresses = Map.copyOf(addresses);
        this.functional = Map.copyOf(functional);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The address mail to {@code organisation} goes to. */
    public Optional<String> addressOf(OrganCode organisation) {
        return Optional.ofNullable(addresses.get(organisation)).map(l -> l.get(0));
    }

    /** Every address {@code organisation} may send from, the one mail goes to first. */
    public List<String> addressesOf(OrganCode organisation) {
        return addresses.getOrDefault(organisation, List.of());
    }

    /** The functional mailboxes of {@code organisation} (a commune), empty for an organisation with its own. */
    public List<FunctionalMailbox> functionalMailboxesOf(OrganCode organisation) {
        return functional.getOrDefault(organisation, List.of());
    }

    /**
     * The person to tell about mail arriving for {@code organisation}: the responsible person of its first functional
     * mailbox; empty for an organisation whose own system reads its mail.
     */
    public Optional<String> responsibleFor(OrganCode organisation) {
        return functionalMailboxesOf(organisation).stream().findFirst().map(FunctionalMailbox::responsible);
    }

    /** Builds a {@link MailDirectory}. */
    public static final class Builder {
        private final Map<OrganCode, List<String>> addresses = new LinkedHashMap<>();
        private final Map<OrganCode, List<FunctionalMailbox>> functional = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds {@code address} for {@code organisation} (the first added is where its mail goes). */
        public Builder organisation(OrganCode organisation, String address) {
            Objects.requireNonNull(organisation, "organisation");
            String a = normalise(address);
            List<String> list = addresses.computeIfAbsent(organisation, k -> new ArrayList<>());
            if (!list.contains(a)) {
                list.add(a);
            }
            return this;
        }

        /** Adds a commune's functional mailbox as one of its addresses. */
        public Builder functional(FunctionalMailbox mailbox) {
            Objects.requireNonNull(mailbox, "mailbox");
            organisation(mailbox.organisation(), mailbox.address());
            functional.computeIfAbsent(mailbox.organisation(), k -> new ArrayList<>()).add(mailbox);
            return this;
        }

        /** The directory. */
        public MailDirectory build() {
            Map<OrganCode, List<String>> a = new LinkedHashMap<>();
            addresses.forEach((k, v) -> a.put(k, List.copyOf(v)));
            Map<OrganCode, List<FunctionalMailbox>> f = new LinkedHashMap<>();
            functional.forEach((k, v) -> f.put(k, List.copyOf(v)));
            return new MailDirectory(a, f);
        }

        private static String normalise(String address) {
            Objects.requireNonNull(address, "address");
            String a = address.strip().toLowerCase(Locale.ROOT);
            int at = a.indexOf('@');
            if (at <= 0 || at != a.lastIndexOf('@') || at == a.length() - 1 || a.chars().anyMatch(
                    c -> c <= ' ' || c >= 127 || "<>()[],;:\"\\".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("not a plain e-mail address: " + address);
            }
            return a;
        }
    }
}
