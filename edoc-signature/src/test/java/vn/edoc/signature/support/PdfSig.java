package vn.edoc.signature.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig} as a second independent check (scripts/test installs poppler-utils). A test that needs it
 * fails, not skips, when it is missing.
 */
public final class PdfSig {

    private PdfSig() {
    }

    /** The output of {@code pdfsig <pdf>}. */
    public static String run(Path pdf) {
        try {
            Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pdfsig did not finish");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("pdfsig is not installed (apt-get install poppler-utils; scripts/test "
                    + "installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The "Signature Validation:" verdicts, one per signature, in order. */
    public static List<String> validations(Path pdf) {
        List<String> out = new ArrayList<>();
        for (String line : run(pdf).split("\n")) {
            String t = line.strip();
            if (t.startsWith("- Signature Validation:")) {
                out.add(t.substring("- Signature Validation:".length()).strip());
            }
        }
        return out;
    }
}
