package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edoc axis serve}: refuses a bad registry, serves authenticated requests and stops when interrupted. */
class AxisCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRegistryWithABadCodeIsAUsageError() throws Exception {
        Path registry = Files.writeString(dir.resolve("reg.properties"), "not-a-code=secret\n");
        CliRun run = CliRun.of("axis", "serve", "--port", "0", "--data", dir.resolve("data").toString(),
                "--registry", registry.toString());
        assertThat(run.exit()).isEqualTo(EdocCli.USAGE);
        assertThat(run.err()).contains("not-a-code");
        run.noStackTrace();
    }

    @Test
    void servesUntilStopped() throws Exception {
        Path registry = Files.writeString(dir.resolve("reg.properties"), "000.00.12.H37=secret-b\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t = new Thread(() -> exit.set(EdocCli.run(new String[] {"axis", "serve", "--port", "0", "--data",
                dir.resolve("data").toString(), "--registry", registry.toString()}, out, err)));
        t.start();
        String text = "";
        for (int i = 0; i < 600 && !text.contains("}"); i++) {
            Thread.sleep(50);
            synchronized (out) {
                text = out.toString(StandardCharsets.UTF_8);
            }
        }
        JsonNode answer = new ObjectMapper().readTree(text);
        assertThat(answer.path("organisations").asInt()).isEqualTo(1);
        URI leases = URI.create(answer.path("url").asText()).resolve("v1/organisations/000.00.12.H37/leases");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(leases)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> owner = http.send(HttpRequest.newBuilder(leases).header("Authorization",
                "Bearer secret-b").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(owner.body()).isEmpty();
        t.interrupt();
        t.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(t.isAlive()).isFalse();
        assertThat(exit.get()).isEqualTo(EdocCli.OK);
    }
}
