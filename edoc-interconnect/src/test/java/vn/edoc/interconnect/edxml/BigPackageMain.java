package vn.edoc.interconnect.edxml;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one package file into a {@link DiskStore}; run in a child JVM with a small heap by the large-file test. */
public final class BigPackageMain {

    private BigPackageMain() {
    }

    /** {@code <package file> <store dir>}: prints the stored attachments as {@code sha256 size}, one a line. */
    public static void main(String[] args) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            EdxmlRead read = EdxmlReader.of(new DiskStore(Path.of(args[1]))).read(in);
            for (EdxmlAttachment a : read.documentPackage().attachments()) {
                System.out.println(a.content().sha256() + " " + a.content().size());
            }
            System.out.println("heap " + Runtime.getRuntime().maxMemory());
        }
    }
}
