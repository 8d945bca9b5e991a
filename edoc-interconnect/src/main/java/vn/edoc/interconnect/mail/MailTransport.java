package vn.edoc.interconnect.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;
import vn.edoc.interconnect.edxml.EdxmlException;
import vn.edoc.interconnect.edxml.EdxmlMessages;
import vn.edoc.interconnect.edxml.EdxmlRead;
import vn.edoc.interconnect.edxml.EdxmlReader;
import vn.edoc.interconnect.edxml.EdxmlWriter;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;
import vn.edoc.validation.Violation;

/**
 * The {@link Transport} over official e-mail (kênh thư điện tử công vụ, R-X-3), for organisations without a
 * connected system: each message is an edXML package attached to a MIME message sent over SMTP to the recipient's
 * address in the {@link MailDirectory}, and read back over IMAP from the mailbox of each organisation this transport
 * holds a login for.
 *
 * <h2>The mail</h2>
 * The package is the attachment {@code <reference>.edxml} ({@code application/xml}) beside a short text for a person
 * who opens the mail. The subject names the kind, the document and the sending organisation's code. The
 * {@code Message-ID} is made from the message id ({@link #mailMessageId}) so that a message sent again carries the
 * same one, and the receiver takes the transport message id from it. The package carries the whole message (the
 * kind, the tasks of R-IN-9 and the signed flag in edoc's extension element). Three headers repeat what a person or
 * the quarantine needs without reading the package: {@code X-Edoc-From}, {@code X-Edoc-To} and
 * {@code X-Edoc-Document-Id} (percent-encoded UTF-8), so that a mail whose package cannot be read is still refused to
 * its sender. Mail from edoc builds that put the tasks in {@code X-Edoc-Task} headers beside the package is still
 * read: those headers are taken when the package names no task.
 *
 * <h2>Leases on the server</h2>
 * A message waiting in {@code INBOX} is leased by adding the IMAP keyword
 * {@code edoc.lease.<delivery>.<until, epoch ms>.<nonce>} and reading the flags back: a receiver that then sees
 * another live lease withdraws its own, so two receivers (threads or processes) never both hold a message, and a
 * receiver that dies leaves its keyword to expire. The lease end is read with the injected clock. Only an
 * acknowledgement with the current delivery's token marks the message {@code \Seen} and moves it to the processed
 * folder; an unacknowledged one is delivered again after its lease with the next delivery count.
 *
 * <h2>Quarantine</h2>
 * A mail that carries no readable package, comes from an address that is not its sending organisation's, or is for
 * another organisation, is never handed out: it is moved to the quarantine folder (keyword
 * {@code edoc.reason.<code>}), reported to the {@link Config#onUnreadable()} listener, and refused to its sender
 * (status 02) when its headers name the sender and the document. The rest keep flowing.
 *
 * <p>Safe for concurrent use. Failures to reach a server are {@link MailException}s with
 * {@link MailException.Reason#UNAVAILABLE}.
 */
public final class MailTransport implements Transport, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailTransport.class);

    /** The header naming the sending organisation's code. */
    public static final String H_FROM = "X-Edoc-From";
    /** The header naming the receiving organisation's code. */
    public static final String H_TO = "X-Edoc-To";
    /** The header carrying the document's identifier (the message's reference), percent-encoded UTF-8. */
    public static final String H_DOCUMENT = "X-Edoc-Document-Id";
    /**
     * The header that carried one task of a new document (percent-encoded UTF-8 after {@code t:}) in mail of earlier
     * edoc builds; no longer written, read only when the package names no task.
     */
    public static final String H_TASK = "X-Edoc-Task";

    private static final String LEASE = "edoc.lease.";
    private static final String DONE = "edoc.done";
    private static final String REASON = "edoc.reason.";
    private static final String ID_DOMAIN = ".edoc";

    /**
     * How the transport reaches the mail servers.
     *
     * @param smtp             the server mail is sent through
     * @param imap             the server mailboxes are read from
     * @param directory        the organisations' addresses
     * @param mailboxes        the IMAP login of every organisation this transport receives for
     * @param lease            how long a received message stays leased
     * @param timeout          how long connecting to, or waiting on, a server may take
     * @param clock            the time of leases and of refusals
     * @param processedFolder  where acknowledged messages go
     * @param quarantineFolder where unreadable messages go
     * @param maxMessageBytes  the largest mail sent or read
     * @param checkSender      whether a mail must come from an address of its sending organisation
     * @param onUnreadable     told of every mail put in quarantine
     */
    public record Config(MailServer smtp, MailServer imap, MailDirectory directory, Map<OrganCode, MailLogin> mailboxes,
                         Duration lease, Duration timeout, Clock clock, String processedFolder,
                         String quarantineFolder, long maxMessageBytes, boolean checkSender,
                         Consumer<UnreadableMail> onUnreadable) {

        /** Refuses missing parts, non-positive durations and sizes, and blank or equal folder names. */
        public Config {
            Objects.requireNonNull(smtp, "smtp");
            Objects.requireNonNull(imap, "imap");
            Objects.requireNonNull(directory, "directory");
            mailboxes = Map.copyOf(mailboxes);
            positive(lease, "lease");
            positive(timeout, "timeout");
            Objects.requireNonNull(clock, "clock");
            if (processedFolder == null || processedFolder.isBlank() || quarantineFolder == null
                    || quarantineFolder.isBlank() || processedFolder.equalsIgnoreCase(quarantineFolder)
                    || processedFolder.equalsIgnoreCase("INBOX") || quarantineFolder.equalsIgnoreCase("INBOX")) {
                throw new IllegalArgumentException("the processed and quarantine folders are two folders besides INBOX");
            }
            if (maxMessageBytes < 1024) {
                throw new IllegalArgumentException("maxMessageBytes below 1 KiB: " + maxMessageBytes);
            }
            onUnreadable = onUnreadable == null ? m -> { } : onUnreadable;
        }

        private static void positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
        }

        /**
         * The defaults: 5-minute leases, 30-second timeouts, folders {@code edoc-processed} and
         * {@code edoc-quarantine}, mails up to 25 MiB (what common mail servers accept), senders checked.
         */
        public static Config of(MailServer smtp, MailServer imap, MailDirectory directory,
                                Map<OrganCode, MailLogin> mailboxes, Clock clock) {
            return new Config(smtp, imap, directory, mailboxes, Duration.ofMinutes(5), Duration.ofSeconds(30), clock,
                    "edoc-processed", "edoc-quarantine", 25L * 1024 * 1024, true, null);
        }

        /** This configuration with leases of {@code value}. */
        public Config withLease(Duration value) {
            return new Config(smtp, imap, directory, mailboxes, value, timeout, clock, processedFolder,
                    quarantineFolder, maxMessageBytes, checkSender, onUnreadable);
        }

        /** This configuration with timeouts of {@code value}. */
        public Config withTimeout(Duration value) {
            return new Config(smtp, imap, directory, mailboxes, lease, value, clock, processedFolder,
                    quarantineFolder, maxMessageBytes, checkSender, onUnreadable);
        }

        /** This configuration telling {@code value} of every mail put in quarantine. */
        public Config withOnUnreadable(Consumer<UnreadableMail> value) {
            return new Config(smtp, imap, directory, mailboxes, lease, timeout, clock, processedFolder,
                    quarantineFolder, maxMessageBytes, checkSender, value);
        }

        /** This configuration with mails up to {@code value} bytes. */
        public Config withMaxMessageBytes(long value) {
            return new Config(smtp, imap, directory, mailboxes, lease, timeout, clock, processedFolder,
                    quarantineFolder, value, checkSender, onUnreadable);
        }
    }

    private final Config config;
    private final Session smtpSession;
    private final Session imapSession;
    private final EdxmlWriter writer;
    private final EdxmlReader reader;
    private final EdxmlMessages messages;
    private final SecureRandom random = new SecureRandom();
    private final Map<OrganCode, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<OrganCode, Mailbox> connections = new ConcurrentHashMap<>();
    private final Object smtpLock = new Object();
    private jakarta.mail.Transport smtp;

    private MailTransport(Config config, ContentStore senderContent, ContentStore receiverContent) {
        this.config = Objects.requireNonNull(config, "config");
        this.smtpSession = Session.getInstance(smtpProperties(config));
        this.imapSession = Session.getInstance(imapProperties(config));
        this.writer = EdxmlWriter.of(senderContent);
        this.reader = EdxmlReader.of(receiverContent);
        this.messages = EdxmlMessages.of(config.clock());
    }

    /**
     * A transport reading outgoing files from {@code senderContent} and storing incoming ones into
     * {@code receiverContent} (the same store for one deployment).
     */
    public static MailTransport of(Config config, ContentStore senderContent, ContentStore receiverContent) {
        return new MailTransport(config, senderContent, receiverContent);
    }

    /** The configuration. */
    public Config config() {
        return config;
    }

    // ------------------------------------------------------------------------------------------------ send

    @Override
    public void send(TransportMessage message) {
        Objects.requireNonNull(message, "message");
        String to = address(message.to());
        String from = address(message.from());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(messages.toEdxml(message, Optional.empty()), out);
        if (out.size() > config.maxMessageBytes()) {
            throw new MailException(MailException.Reason.TOO_LARGE, "the package of " + message.id() + " has "
                    + out.size() + " bytes, more than " + config.maxMessageBytes());
        }
        try {
            MimeMessage mail = new FixedIdMessage(smtpSession, mailMessageId(message.from(), message.id()));
            mail.setFrom(new InternetAddress(from));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            mail.setSubject(subject(message), "UTF-8");
            mail.setSentDate(Date.from(message.time()));
            mail.setHeader(H_FROM, message.from().value());
            mail.setHeader(H_TO, message.to().value());
            mail.setHeader(H_DOCUMENT, encode(message.documentRef()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Gói tin edXML do hệ thống quản lý văn bản gửi tự động (" + message.kind().name() + ", "
                    + message.documentRef() + ", từ " + message.from().value() + "). Vui lòng không trả lời thư này.\n"
                    + "An edXML package sent automatically by a document management system.\n", "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(out.toByteArray(), "application/xml")));
            file.setFileName(fileName(message.documentRef()));
            file.setDisposition(Part.ATTACHMENT);
            Multipart body = new MimeMultipart(text, file);
            mail.setContent(body);
            mail.saveChanges();
            synchronized (smtpLock) {
                try {
                    smtpConnection().sendMessage(mail, mail.getAllRecipients());
                } catch (MessagingException e) {
                    // a kept connection the server has since closed: one fresh attempt
                    closeSmtp();
                    if (e instanceof AuthenticationFailedException) {
                        throw e;
                    }
                    smtpConnection().sendMessage(mail, mail.getAllRecipients());
                }
            }
        } catch (AuthenticationFailedException e) {
            throw new MailException(MailException.Reason.UNAUTHENTICATED, "the SMTP server refused the login", e);
        } catch (MessagingException e) {
            throw new MailException(MailException.Reason.UNAVAILABLE, "sending " + message.id() + " to " + to
                    + " failed: " + e.getMessage(), e);
        }
    }

    private jakarta.mail.Transport smtpConnection() throws MessagingException {
        if (smtp != null && smtp.isConnected()) {
            return smtp;
        }
        closeSmtp();
        String protocol = config.smtp().security() == MailServer.Security.TLS ? "smtps" : "smtp";
        jakarta.mail.Transport t = smtpSession.getTransport(protocol);
        Optional<MailLogin> login = config.smtp().login();
        try {
            t.connect(config.smtp().host(), config.smtp().port(), login.map(MailLogin::user).orElse(null),
                    login.map(MailLogin::password).orElse(null));
        } catch (MessagingException e) {
            closeQuietly(t);
            throw e;
        }
        smtp = t;
        return t;
    }

    private void closeSmtp() {
        if (smtp != null) {
            closeQuietly(smtp);
            smtp = null;
        }
    }

    private static void closeQuietly(jakarta.mail.Transport t) {
        try {
            t.close();
        } catch (MessagingException e) {
            LOG.debug("closing the SMTP connection failed", e);
        }
    }

    private static void setHeader(MimeMessage mail, String name, String value) {
        try {
            mail.setHeader(name, value);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String address(OrganCode organisation) {
        return config.directory().addressOf(organisation).orElseThrow(() -> new MailException(
                MailException.Reason.UNKNOWN_ADDRESS, "no e-mail address for " + organisation.value()));
    }

    private static String subject(TransportMessage m) {
        String what = switch (m.kind()) {
            case NEW_DOCUMENT -> "Văn bản điện tử";
            case UPDATE -> "Cập nhật văn bản";
            case REPLACEMENT -> "Văn bản thay thế";
            case RECALL -> "Thu hồi văn bản";
            default -> "Trạng thái văn bản";
        };
        return "[edXML] " + what + " " + m.documentRef() + " - " + m.from().value();
    }

    private static String fileName(String ref) {
        String safe = ref.replaceAll("[^A-Za-z0-9._-]", "_");
        return (safe.length() > 80 ? safe.substring(0, 80) : safe) + ".edxml";
    }

    /**
     * The {@code Message-ID} of the mail carrying message {@code id} of {@code sender}: {@code <id@sender.edoc>},
     * the id's characters that a message id may not hold ({@code = : @ .}) written as {@code =XX}, so that the id
     * reads back exactly ({@link #messageIdOf}).
     */
    static String mailMessageId(OrganCode sender, MessageId id) {
        StringBuilder b = new StringBuilder("<");
        for (char c : id.value().toCharArray()) {
            if ("=:@.".indexOf(c) >= 0) {
                b.append('=').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            } else {
                b.append(c);
            }
        }
        return b.append('@').append(sender.value()).append(ID_DOMAIN).append('>').toString();
    }

    /** The message id a {@code Message-ID} made by {@link #mailMessageId} carries; empty for any other. */
    static Optional<MessageId> messageIdOf(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        int at = h.lastIndexOf('@');
        if (!h.startsWith("<") || !h.endsWith(ID_DOMAIN + ">") || at < 1) {
            return Optional.empty();
        }
        String left = h.substring(1, at);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < left.length(); i++) {
            char c = left.charAt(i);
            if (c == '=') {
                if (i + 2 >= left.length()) {
                    return Optional.empty();
                }
                try {
                    b.append((char) Integer.parseInt(left.substring(i + 1, i + 3), 16));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
                i += 2;
            } else {
                b.append(c);
            }
        }
        try {
            return Optional.of(new MessageId(b.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A MIME message that keeps the {@code Message-ID} it was given when its headers are updated. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Optional<String> decode(String value) {
        try {
            return Optional.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // --------------------------------------------------------------------------------------------- receive

    @Override
    public List<LeasedMessage> receive(OrganCode organisation, int max) {
        Objects.requireNonNull(organisation, "organisation");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        MailLogin login = login(organisation);
        ReentrantLock lock = locks.computeIfAbsent(organisation, k -> new ReentrantLock());
        lock.lock();
        try {
            Mailbox box = mailbox(organisation, login);
            IMAPFolder inbox = box.inbox;
            Message[] all = inbox.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(FetchProfile.Item.SIZE);
            inbox.fetch(all, profile);
            long validity = inbox.getUIDValidity();
            List<LeasedMessage> out = new ArrayList<>();
            for (Message m : all) {
                if (out.size() >= max) {
                    break;
                }
                Instant now = config.clock().instant();
                if (m.isExpunged() || m.isSet(Flags.Flag.DELETED)) {
                    continue;
                }
                List<Lease> leases = Lease.all(m.getFlags());
                if (leases.stream().anyMatch(l -> l.liveAt(now))) {
                    continue;
                }
                int delivery = leases.stream().mapToInt(Lease::delivery).max().orElse(0) + 1;
                Lease mine = new Lease(delivery, now.plus(config.lease()).toEpochMilli(), nonce());
                if (!claim(inbox, m, mine, now)) {
                    continue;
                }
                long uid = inbox.getUID(m);
                Optional<TransportMessage> read = read(box, m, organisation);
                if (read.isPresent()) {
                    DeliveryToken token = new DeliveryToken(organisation.value() + " " + validity + " " + uid + " "
                            + mine.delivery() + " " + mine.nonce());
                    out.add(new LeasedMessage(read.get(), token, delivery, Instant.ofEpochMilli(mine.until())));
                }
            }
            if (!box.toQuarantine.isEmpty()) {
                move(box, box.toQuarantine.toArray(new Message[0]), config.quarantineFolder());
            }
            return List.copyOf(out);
        } catch (MessagingException e) {
            drop(organisation);
            throw unavailable("reading the mailbox of " + organisation.value(), e);
        } finally {
            release(organisation);
            lock.unlock();
        }
    }

    /**
     * Adds {@code mine} and reads the flags back: true when no other live lease is there (so any receiver adding
     * one later sees ours and withdraws); otherwise withdraws ours. Earlier deliveries' keywords go once we hold it.
     */
    private boolean claim(IMAPFolder inbox, Message m, Lease mine, Instant now) throws MessagingException {
        m.setFlags(new Flags(mine.keyword()), true);
        Flags current = freshFlags(inbox, m);
        List<Lease> present = Lease.all(current);
        if (present.stream().anyMatch(l -> !l.equals(mine) && l.liveAt(now))) {
            m.setFlags(new Flags(mine.keyword()), false);
            return false;
        }
        Flags old = new Flags();
        present.stream().filter(l -> !l.equals(mine)).forEach(l -> old.add(l.keyword()));
        if (old.getUserFlags().length > 0) {
            m.setFlags(old, false);
        }
        return true;
    }

    private static Flags freshFlags(IMAPFolder folder, Message m) throws MessagingException {
        int number = m.getMessageNumber();
        Object flags = folder.doCommand(p -> p.fetchFlags(number));
        return flags instanceof Flags f ? f : new Flags();
    }

    private String nonce() {
        byte[] b = new byte[6];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * The message {@code m} carries for {@code organisation}, or empty after putting it in quarantine. A failure to
     * read the mail from the server is thrown (the lease then brings it back later), never quarantined.
     */
    private Optional<TransportMessage> read(Mailbox box, Message m, OrganCode organisation)
            throws MessagingException {
        MimeMessage local;
        if (m.getSize() > config.maxMessageBytes()) {
            quarantine(box, m, organisation, null, MailViolation.UNREADABLE_PACKAGE.at("mail",
                    "the mail has " + m.getSize() + " bytes, more than " + config.maxMessageBytes()));
            return Optional.empty();
        }
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            m.writeTo(raw);
            local = new MimeMessage(imapSession, new ByteArrayInputStream(raw.toByteArray()));
        } catch (IOException e) {
            throw new MessagingException("could not fetch the mail", e);
        }
        try {
            return Optional.of(interpret(local, organisation));
        } catch (Unreadable u) {
            quarantine(box, m, organisation, local, u.violation);
            return Optional.empty();
        }
    }

    private TransportMessage interpret(MimeMessage mail, OrganCode organisation) throws MessagingException {
        Part pkg = findPackage(mail, 0);
        if (pkg == null) {
            throw new Unreadable(MailViolation.NO_PACKAGE.at("mail", "no application/xml or .edxml attachment"));
        }
        EdxmlRead parsed;
        TransportMessage read;
        try (InputStream in = pkg.getInputStream()) {
            parsed = reader.read(in);
            read = messages.toTransport(parsed.message(), organisation);
        } catch (EdxmlException e) {
            throw new Unreadable(MailViolation.UNREADABLE_PACKAGE.at("package", e.getMessage()));
        } catch (IOException e) {
            throw new Unreadable(MailViolation.UNREADABLE_PACKAGE.at("package", e.getMessage()));
        }
        String to = header(mail, H_TO);
        if (to != null && !to.equals(organisation.value())) {
            throw new Unreadable(MailViolation.WRONG_MAILBOX.at(H_TO, to, organisation.value()));
        }
        if (config.checkSender()) {
            String from = fromAddress(mail);
            if (!config.directory().addressesOf(read.from()).contains(from)) {
                throw new Unreadable(MailViolation.SENDER_MISMATCH.at("From", from.isEmpty() ? "(none)" : from,
                        read.from().value()));
            }
        }
        // the package says it all; earlier builds kept a new document's tasks out of it, in headers
        List<String> tasks = new ArrayList<>(read.tasks());
        String[] taskHeaders = tasks.isEmpty() && read.kind() == TransportMessage.Kind.NEW_DOCUMENT
                ? mail.getHeader(H_TASK) : null;
        for (String t : taskHeaders == null ? new String[0] : taskHeaders) {
            String v = t.strip();
            Optional<String> task = v.startsWith("t:") ? decode(v.substring(2)) : Optional.empty();
            tasks.add(task.orElseThrow(() -> new Unreadable(MailViolation.BAD_HEADER.at(H_TASK, H_TASK, v))));
        }
        MessageId id = messageIdOf(header(mail, "Message-ID")).orElse(read.id());
        try {
            return new TransportMessage(id, read.kind(), read.from(), read.to(), read.documentRef(),
                    read.document(), tasks, read.reason(), read.time());
        } catch (IllegalArgumentException e) {
            throw new Unreadable(MailViolation.UNREADABLE_PACKAGE.at("package", e.getMessage()));
        }
    }

    private static Part findPackage(Part part, int depth) throws MessagingException {
        if (depth > 5) {
            return null;
        }
        try {
            if (part.isMimeType("multipart/*")) {
                Object content = part.getContent();
                if (content instanceof Multipart mp) {
                    for (int i = 0; i < mp.getCount(); i++) {
                        Part found = findPackage(mp.getBodyPart(i), depth + 1);
                        if (found != null) {
                            return found;
                        }
                    }
                }
                return null;
            }
        } catch (IOException e) {
            throw new Unreadable(MailViolation.NO_PACKAGE.at("mail", e.getMessage()));
        }
        String name = part.getFileName();
        boolean named = name != null && name.toLowerCase(Locale.ROOT).endsWith(".edxml");
        boolean xml = part.isMimeType("application/xml") || part.isMimeType("text/xml");
        return named || xml ? part : null;
    }

    private static String header(MimeMessage mail, String name) throws MessagingException {
        String value = mail.getHeader(name, null);
        return value == null ? null : value.strip();
    }

    private static String fromAddress(MimeMessage mail) {
        try {
            jakarta.mail.Address[] from = mail.getFrom();
            if (from != null && from.length == 1 && from[0] instanceof InternetAddress a && a.getAddress() != null) {
                return a.getAddress().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException e) {
            // an unparsable From is no sender at all
        }
        return "";
    }

    private void quarantine(Mailbox box, Message m, OrganCode organisation, MimeMessage local, Violation why)
            throws MessagingException {
        Instant now = config.clock().instant();
        String messageId = local == null ? "" : Objects.toString(header(local, "Message-ID"), "");
        String from = local == null ? "" : fromAddress(local);
        String subject = local == null ? "" : Objects.toString(local.getSubject(), "");
        Flags marks = new Flags(REASON + why.code());
        m.setFlags(marks, true);
        // moved once the whole INBOX has been gone through, so that no message number shifts under the loop
        box.toQuarantine.add(m);
        UnreadableMail u = new UnreadableMail(organisation, messageId, from, subject, why.code(), why.messageEn(), now);
        LOG.warn("mail {} for {} quarantined in {}: {} {}", messageId, organisation.value(),
                config.quarantineFolder(), why.code(), why.messageEn());
        try {
            config.onUnreadable().accept(u);
        } catch (RuntimeException e) {
            LOG.warn("the quarantine listener failed on {}", messageId, e);
        }
        if (local != null) {
            refuse(local, organisation, why, now);
        }
    }

    /** Tells the sender its mail was refused (status 02), when its headers name the sender and the document. */
    private void refuse(MimeMessage local, OrganCode organisation, Violation why, Instant now) {
        try {
            String fromCode = header(local, H_FROM);
            String ref = header(local, H_DOCUMENT);
            if (fromCode == null || ref == null || !OrganCode.check(fromCode).isValid()) {
                return;
            }
            OrganCode sender = OrganCode.parse(fromCode);
            Optional<String> document = decode(ref);
            if (document.isEmpty() || document.get().isBlank() || sender.equals(organisation)
                    || config.directory().addressOf(sender).isEmpty()) {
                return;
            }
            send(TransportMessage.status(TransportMessage.Kind.REFUSAL, organisation, sender, document.get(),
                    why.code() + ": " + why.messageVi(), now));
        } catch (MessagingException | RuntimeException e) {
            // the mail stays in quarantine for a person; the refusal is a courtesy to the sender
            LOG.warn("could not send the refusal of a quarantined mail for {}", organisation.value(), e);
        }
    }

    /** Thrown while reading a mail that is to go to quarantine. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Violation violation;

        Unreadable(Violation violation) {
            super(violation.messageEn(), null, false, false);
            this.violation = violation;
        }
    }

    // ------------------------------------------------------------------------------------------ acknowledge

    @Override
    public boolean acknowledge(DeliveryToken token) {
        Objects.requireNonNull(token, "token");
        String[] f = token.value().split(" ");
        OrganCode organisation;
        long validity;
        long uid;
        int delivery;
        try {
            if (f.length != 5) {
                throw new IllegalArgumentException("5 fields expected");
            }
            organisation = OrganCode.parse(f[0]);
            validity = Long.parseLong(f[1]);
            uid = Long.parseLong(f[2]);
            delivery = Integer.parseInt(f[3]);
        } catch (RuntimeException e) {
            throw new MailException(MailException.Reason.BAD_TOKEN, "not a delivery token of the mail transport: "
                    + token.value(), e);
        }
        String nonce = f[4];
        MailLogin login = login(organisation);
        ReentrantLock lock = locks.computeIfAbsent(organisation, k -> new ReentrantLock());
        lock.lock();
        try {
            Mailbox box = mailbox(organisation, login);
            IMAPFolder inbox = box.inbox;
            if (inbox.getUIDValidity() != validity) {
                return false;
            }
            Message m = inbox.getMessageByUID(uid);
            if (m == null || m.isExpunged()) {
                return false;
            }
            List<Lease> present = Lease.all(freshFlags(inbox, m));
            boolean current = present.stream().anyMatch(l -> l.delivery() == delivery && l.nonce().equals(nonce))
                    && present.stream().noneMatch(l -> l.delivery() > delivery);
            if (!current) {
                return false;
            }
            Flags lease = new Flags();
            present.forEach(l -> lease.add(l.keyword()));
            m.setFlags(lease, false);
            Flags done = new Flags(Flags.Flag.SEEN);
            done.add(DONE);
            m.setFlags(done, true);
            move(box, new Message[] {m}, config.processedFolder());
            return true;
        } catch (MessagingException e) {
            drop(organisation);
            throw unavailable("acknowledging in the mailbox of " + organisation.value(), e);
        } finally {
            release(organisation);
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------------------------------ quarantine

    /**
     * The mails held in the quarantine folder of {@code organisation}'s mailbox, oldest first: what a person (the
     * responsible person of a commune's shared mailbox) looks at.
     */
    public List<UnreadableMail> quarantined(OrganCode organisation) {
        Objects.requireNonNull(organisation, "organisation");
        MailLogin login = login(organisation);
        ReentrantLock lock = locks.computeIfAbsent(organisation, k -> new ReentrantLock());
        lock.lock();
        try {
            Mailbox box = mailbox(organisation, login);
            Folder q = box.store.getFolder(config.quarantineFolder());
            if (!q.exists()) {
                return List.of();
            }
            q.open(Folder.READ_ONLY);
            try {
                List<UnreadableMail> out = new ArrayList<>();
                for (Message m : q.getMessages()) {
                    MimeMessage mm = (MimeMessage) m;
                    String code = "";
                    for (String flag : m.getFlags().getUserFlags()) {
                        if (flag.startsWith(REASON)) {
                            code = flag.substring(REASON.length());
                        }
                    }
                    Date received = m.getReceivedDate();
                    out.add(new UnreadableMail(organisation, Objects.toString(header(mm, "Message-ID"), ""),
                            fromAddress(mm), Objects.toString(mm.getSubject(), ""), code, "",
                            received == null ? config.clock().instant() : received.toInstant()));
                }
                return List.copyOf(out);
            } finally {
                q.close(false);
            }
        } catch (MessagingException e) {
            drop(organisation);
            throw unavailable("reading the quarantine of " + organisation.value(), e);
        } finally {
            release(organisation);
            lock.unlock();
        }
    }

    // --------------------------------------------------------------------------------------------- IMAP

    private MailLogin login(OrganCode organisation) {
        MailLogin login = config.mailboxes().get(organisation);
        if (login == null) {
            throw new MailException(MailException.Reason.NO_MAILBOX, "this transport reads no mailbox of "
                    + organisation.value());
        }
        return login;
    }

    /**
     * The kept connection to {@code organisation}'s mailbox (or a new one when it is gone) with INBOX newly
     * selected, so that message numbers are the server's as of now; the caller releases INBOX with
     * {@link Mailbox#release()} when done. Called under the organisation's lock.
     */
    private Mailbox mailbox(OrganCode organisation, MailLogin login) {
        Mailbox box = connections.get(organisation);
        if (box != null && !box.store.isConnected()) {
            drop(organisation);
            box = null;
        }
        if (box == null) {
            box = connect(organisation, login);
            connections.put(organisation, box);
        }
        try {
            IMAPFolder inbox = (IMAPFolder) box.store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            box.inbox = inbox;
            return box;
        } catch (MessagingException e) {
            drop(organisation);
            throw unavailable("opening the mailbox of " + organisation.value(), e);
        }
    }

    private void release(OrganCode organisation) {
        Mailbox box = connections.get(organisation);
        if (box != null) {
            box.release();
        }
    }

    private void drop(OrganCode organisation) {
        Mailbox box = connections.remove(organisation);
        if (box != null) {
            box.close();
        }
    }

    /** Closes the connections this transport keeps open; it opens them again when used. */
    @Override
    public void close() {
        for (OrganCode o : List.copyOf(connections.keySet())) {
            ReentrantLock lock = locks.computeIfAbsent(o, k -> new ReentrantLock());
            lock.lock();
            try {
                drop(o);
            } finally {
                lock.unlock();
            }
        }
        synchronized (smtpLock) {
            closeSmtp();
        }
    }

    /** A kept IMAP connection and, during one operation, its INBOX open for writing. */
    private static final class Mailbox implements AutoCloseable {
        final IMAPStore store;
        final java.util.Set<String> folders = new java.util.HashSet<>();
        final List<Message> toQuarantine = new ArrayList<>();
        IMAPFolder inbox;

        Mailbox(IMAPStore store) {
            this.store = store;
        }

        /** Closes INBOX (without expunging), keeping the connection. */
        void release() {
            toQuarantine.clear();
            IMAPFolder f = inbox;
            inbox = null;
            if (f != null && f.isOpen()) {
                try {
                    f.close(false);
                } catch (MessagingException e) {
                    LOG.debug("closing INBOX failed", e);
                }
            }
        }

        @Override
        public void close() {
            release();
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.debug("closing the IMAP connection failed", e);
            }
        }
    }

    private Mailbox connect(OrganCode organisation, MailLogin login) {
        String protocol = config.imap().security() == MailServer.Security.TLS ? "imaps" : "imap";
        IMAPStore store = null;
        try {
            store = (IMAPStore) imapSession.getStore(protocol);
            store.connect(config.imap().host(), config.imap().port(), login.user(), login.password());
            return new Mailbox(store);
        } catch (AuthenticationFailedException e) {
            closeQuietly(store);
            throw new MailException(MailException.Reason.UNAUTHENTICATED, "the IMAP server refused the login of "
                    + organisation.value(), e);
        } catch (MessagingException e) {
            closeQuietly(store);
            throw unavailable("opening the mailbox of " + organisation.value(), e);
        }
    }

    private static void closeQuietly(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.debug("closing the IMAP connection failed", e);
            }
        }
    }

    /** Moves the messages {@code m} out of INBOX into {@code folder}, creating it on first use. */
    private static void move(Mailbox box, Message[] m, String folder) throws MessagingException {
        Folder target = box.store.getFolder(folder);
        if (!box.folders.contains(folder)) {
            if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("could not create the folder " + folder);
            }
            box.folders.add(folder);
        }
        if (box.store.hasCapability("MOVE")) {
            box.inbox.moveMessages(m, target);
        } else {
            box.inbox.copyMessages(m, target);
            box.inbox.setFlags(m, new Flags(Flags.Flag.DELETED), true);
            if (box.store.hasCapability("UIDPLUS")) {
                box.inbox.expunge(m);
            } else {
                box.inbox.expunge();
            }
        }
    }

    private static MailException unavailable(String what, MessagingException e) {
        return new MailException(MailException.Reason.UNAVAILABLE, what + " failed: " + e.getMessage(), e);
    }

    private static Properties smtpProperties(Config config) {
        Properties p = serverProperties("smtp", config.smtp(), config.timeout());
        p.setProperty(prefix("smtp", config.smtp()) + "auth", Boolean.toString(config.smtp().login().isPresent()));
        return p;
    }

    private static Properties imapProperties(Config config) {
        return serverProperties("imap", config.imap(), config.timeout());
    }

    /** {@code mail.<protocol>.} or, over implicit TLS, {@code mail.<protocol>s.}: Jakarta Mail's key prefix. */
    private static String prefix(String protocol, MailServer server) {
        return "mail." + protocol + (server.security() == MailServer.Security.TLS ? "s." : ".");
    }

    /** Time-outs, sockets and TLS for one server; the same keys for SMTP and IMAP under their own prefix. */
    private static Properties serverProperties(String protocol, MailServer server, Duration timeout) {
        Properties p = new Properties();
        String prefix = prefix(protocol, server);
        String ms = Long.toString(timeout.toMillis());
        p.setProperty(prefix + "connectiontimeout", ms);
        p.setProperty(prefix + "timeout", ms);
        p.setProperty(prefix + "writetimeout", ms);
        // one command, one answer: without TCP_NODELAY each exchange can wait out a delayed acknowledgement
        if (server.security() != MailServer.Security.TLS) {
            p.put(prefix + "socketFactory", NoDelaySockets.INSTANCE);
            p.setProperty(prefix + "socketFactory.fallback", "false");
        }
        if (server.security() == MailServer.Security.STARTTLS) {
            p.setProperty("mail." + protocol + ".starttls.enable", "true");
            p.setProperty("mail." + protocol + ".starttls.required", "true");
        }
        if (server.security() != MailServer.Security.PLAIN) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** Plain sockets with Nagle's algorithm off. */
    private static final class NoDelaySockets extends javax.net.SocketFactory {
        static final NoDelaySockets INSTANCE = new NoDelaySockets();

        @Override
        public java.net.Socket createSocket() throws IOException {
            java.net.Socket s = new java.net.Socket();
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws IOException {
            return connected(new java.net.InetSocketAddress(host, port), null);
        }

        @Override
        public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort)
                throws IOException {
            return connected(new java.net.InetSocketAddress(host, port), new java.net.InetSocketAddress(local,
                    localPort));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port) throws IOException {
            return connected(new java.net.InetSocketAddress(host, port), null);
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local,
                                            int localPort) throws IOException {
            return connected(new java.net.InetSocketAddress(host, port), new java.net.InetSocketAddress(local,
                    localPort));
        }

        private java.net.Socket connected(java.net.InetSocketAddress remote, java.net.InetSocketAddress local)
                throws IOException {
            java.net.Socket s = createSocket();
            if (local != null) {
                s.bind(local);
            }
            s.connect(remote);
            return s;
        }
    }

    /**
     * One lease kept on the server as the keyword {@code edoc.lease.<delivery>.<until>.<nonce>}.
     *
     * @param delivery the delivery count it stands for
     * @param until    when it ends, epoch milliseconds
     * @param nonce    what tells two receivers' leases apart
     */
    private record Lease(int delivery, long until, String nonce) {

        String keyword() {
            return LEASE + delivery + "." + until + "." + nonce;
        }

        boolean liveAt(Instant now) {
            return until > now.toEpochMilli();
        }

        static List<Lease> all(Flags flags) {
            List<Lease> out = new ArrayList<>();
            for (String f : flags.getUserFlags()) {
                if (!f.startsWith(LEASE)) {
                    continue;
                }
                String[] p = f.substring(LEASE.length()).split("\\.");
                try {
                    if (p.length == 3) {
                        out.add(new Lease(Integer.parseInt(p[0]), Long.parseLong(p[1]), p[2]));
                    }
                } catch (NumberFormatException e) {
                    // a keyword of another tool that happens to start the same way is no lease of ours
                }
            }
            return out;
        }
    }
}
