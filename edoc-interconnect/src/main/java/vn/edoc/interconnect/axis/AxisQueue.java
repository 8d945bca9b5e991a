package vn.edoc.interconnect.axis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.edoc.id.OrganCode;

/**
 * The axis's store-and-forward queues (hàng đợi chuyển tiếp), one per organisation, kept in a data directory so that
 * a restart loses nothing: each message is a body file ({@code N.edxml}, written once) and a small state file
 * ({@code N.state}: sender, delivery count, current lease) replaced atomically on every lease. The state file is
 * written last, so a message exists once its state file does; a body left without one (a crash mid-write) is removed
 * on start. Guarded by this object's monitor: two receivers never lease the same message.
 */
final class AxisQueue {

    /** What the axis keeps of one message besides its body. */
    record Entry(long seq, OrganCode to, String from, int deliveryCount, String leaseToken, Instant leasedUntil) {
    }

    /** One delivery handed out by {@link #lease}. */
    record Lease(long seq, int deliveryCount, Instant leasedUntil, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Clock clock;
    private final Duration lease;
    private final Map<OrganCode, NavigableMap<Long, Entry>> queues = new ConcurrentHashMap<>();
    private long nextSeq = 1;

    AxisQueue(Path root, Clock clock, Duration lease) {
        this.root = Objects.requireNonNull(root, "root");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        load();
    }

    private void load() {
        try {
            Files.createDirectories(root);
            try (DirectoryStream<Path> orgs = Files.newDirectoryStream(root, Files::isDirectory)) {
                for (Path dir : orgs) {
                    OrganCode org = OrganCode.parse(dir.getFileName().toString());
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                        for (Path f : files) {
                            String name = f.getFileName().toString();
                            if (name.endsWith(".tmp")) {
                                Files.deleteIfExists(f);
                            } else if (name.endsWith(".edxml")) {
                                long seq = Long.parseLong(name.substring(0, name.length() - 6));
                                nextSeq = Math.max(nextSeq, seq + 1);
                                Path state = dir.resolve(seq + ".state");
                                if (!Files.exists(state)) {
                                    Files.deleteIfExists(f); // the send never completed: nobody was told it was taken
                                }
                            } else if (name.endsWith(".state")) {
                                Entry e = readState(org, f);
                                nextSeq = Math.max(nextSeq, e.seq() + 1);
                                queue(org).put(e.seq(), e);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the axis data directory " + root, e);
        }
    }

    private NavigableMap<Long, Entry> queue(OrganCode org) {
        return queues.computeIfAbsent(org, o -> new TreeMap<>());
    }

    /** Stores a message for {@code to}; answers its sequence number once body and state are on disk. */
    synchronized long enqueue(OrganCode to, String from, byte[] body) {
        long seq = nextSeq++;
        Path dir = root.resolve(to.value());
        Entry e = new Entry(seq, to, from, 0, "", Instant.EPOCH);
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(seq + ".edxml"), body);
            writeState(e);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot store a message for " + to.value(), ex);
        }
        queue(to).put(seq, e);
        return seq;
    }

    /** Up to {@code max} messages for {@code org} not under lease, oldest first, each under a new lease. */
    synchronized List<Lease> lease(OrganCode org, int max) {
        Instant now = clock.instant();
        List<Lease> out = new ArrayList<>();
        NavigableMap<Long, Entry> q = queue(org);
        for (Entry e : new ArrayList<>(q.values())) {
            if (out.size() >= max) {
                break;
            }
            if (!e.leaseToken().isEmpty() && now.isBefore(e.leasedUntil())) {
                continue;
            }
            byte[] t = new byte[16];
            RANDOM.nextBytes(t);
            Entry leased = new Entry(e.seq(), e.to(), e.from(), e.deliveryCount() + 1, HexFormat.of().formatHex(t), now.plus(lease));
            try {
                writeState(leased);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot lease message " + e.seq(), ex);
            }
            q.put(e.seq(), leased);
            out.add(new Lease(e.seq(), leased.deliveryCount(), leased.leasedUntil(), leased.leaseToken()));
        }
        return out;
    }

    /** The entry and body of message {@code seq} for {@code org} when {@code token} is its current lease. */
    synchronized Optional<Map.Entry<Entry, byte[]>> leased(OrganCode org, long seq, String token) {
        Entry e = queue(org).get(seq);
        if (e == null || e.leaseToken().isEmpty() || !e.leaseToken().equals(token)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Map.entry(e, Files.readAllBytes(body(e))));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read message " + seq, ex);
        }
    }

    /** Removes message {@code seq} of {@code org} when {@code token} is its current lease; false otherwise. */
    synchronized boolean acknowledge(OrganCode org, long seq, String token) {
        Entry e = queue(org).get(seq);
        if (e == null || e.leaseToken().isEmpty() || !e.leaseToken().equals(token)) {
            return false;
        }
        try {
            // the state goes first: a body without state is cleaned up on start, a state without body would not be
            Files.deleteIfExists(state(e));
            Files.deleteIfExists(body(e));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot remove message " + seq, ex);
        }
        queue(org).remove(seq);
        return true;
    }

    /** How many messages wait for {@code org}, leased or not. */
    synchronized int size(OrganCode org) {
        return queue(org).size();
    }

    private Path body(Entry e) {
        return root.resolve(e.to().value()).resolve(e.seq() + ".edxml");
    }

    private Path state(Entry e) {
        return root.resolve(e.to().value()).resolve(e.seq() + ".state");
    }

    private void writeState(Entry e) throws IOException {
        Properties p = new Properties();
        p.setProperty("seq", Long.toString(e.seq()));
        p.setProperty("from", e.from());
        p.setProperty("deliveryCount", Integer.toString(e.deliveryCount()));
        p.setProperty("leaseToken", e.leaseToken());
        p.setProperty("leasedUntil", e.leasedUntil().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store(out, null);
        writeAtomically(state(e), out.toByteArray());
    }

    private static Entry readState(OrganCode org, Path file) throws IOException {
        Properties p = new Properties();
        p.load(new ByteArrayInputStream(Files.readAllBytes(file)));
        try {
            return new Entry(Long.parseLong(p.getProperty("seq")), org,
                    Objects.requireNonNull(p.getProperty("from"), "from"), Integer.parseInt(p.getProperty("deliveryCount")), p.getProperty("leaseToken", ""),
                    Instant.parse(p.getProperty("leasedUntil")));
        } catch (RuntimeException ex) {
            throw new IOException("damaged axis state file " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** Writes to a temporary file, forces it to disk and moves it into place, so readers see all or nothing. */
    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
