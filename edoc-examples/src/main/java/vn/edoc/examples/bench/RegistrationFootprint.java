package vn.edoc.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * What the in-memory adapter keeps per registration (mémoire retenue par enregistrement, bộ nhớ giữ lại cho mỗi lần
 * đăng ký): the heap in use after a full collection, before and after {@code N} registrations of
 * {@link RegistrationScalingBenchmark} spread over {@code M} organisations, divided by {@code N}. Unlike throughput it
 * does not depend on what else the machine runs, so it can be compared between versions on a loaded machine.
 *
 * <p>Run: {@code java -XX:+UseSerialGC -cp edoc-examples/target/edoc.jar
 * vn.edoc.examples.bench.RegistrationFootprint 100000 16}
 */
public final class RegistrationFootprint {

    private RegistrationFootprint() {
    }

    /** {@code args}: registrations (default 100,000), organisations (default 16). */
    public static void main(String[] args) throws InterruptedException {
        int registrations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int organisations = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterCollection(memory);
        RegistrationScalingBenchmark.Platform platform = new RegistrationScalingBenchmark.Platform();
        platform.content = "digest-only";
        platform.setUp();
        RegistrationScalingBenchmark.Organisation[] organs = new RegistrationScalingBenchmark.Organisation[organisations];
        for (int i = 0; i < organisations; i++) {
            organs[i] = new RegistrationScalingBenchmark.Organisation();
            organs[i].setUp(platform);
        }
        for (int i = 0; i < registrations; i++) {
            RegistrationScalingBenchmark.registerOne(platform, organs[i % organisations]);
        }
        long after = usedAfterCollection(memory);
        System.out.printf("%,d registrations over %d organisations keep %,d bytes each (heap after a full GC)%n",
                registrations, organisations, (after - before) / registrations);
        // keeps the stores reachable until measured
        System.out.println(platform.registers.lastNumber(
                vn.edoc.register.RegisterKey.of(organs[0].code, vn.edoc.register.RegisterKind.INCOMING, 2025)) > 0
                ? "stores checked" : "nothing registered");
    }

    private static long usedAfterCollection(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
