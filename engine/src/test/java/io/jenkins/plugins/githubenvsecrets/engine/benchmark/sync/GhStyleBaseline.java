package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.goterl.lazysodium.LazySodiumJava;
import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.interfaces.Box;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * A stand-in for {@code gh secret set -f FILE --env ENV}, not our engine: it reads each environment's public key,
 * then seals and PUTs every secret at once, each on its own thread, with no pacing, no skipping and no retries.
 * What GitHub refuses stays refused; the fake counts it.
 */
final class GhStyleBaseline implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LazySodiumJava SODIUM = new LazySodiumJava(new SodiumJava());

    private final BenchGitHub github;
    private final ScaledTime time;
    private final BareHttp http;
    private final Threads threads = new Threads("gh-style-baseline");

    GhStyleBaseline(BenchGitHub github, ScaledTime time) {
        this.github = github;
        this.time = time;
        this.http = new BareHttp(github);
    }

    /** Writes every secret's current value to every environment and measures that alone. */
    Measurement run(BenchSecrets secrets) throws InterruptedException {
        github.startMeasuring();
        Instant start = time.instant();
        Map<String, JsonNode> keys = publicKeys();
        List<Future<Integer>> writes = new ArrayList<>();
        for (String environment : github.environments()) {
            JsonNode key = keys.get(environment);
            for (int i = 0; i < secrets.count(); i++) {
                int index = i;
                writes.add(threads.submit(() -> put(environment, key, BenchSecrets.name(index), secrets.utf8(index))));
            }
        }
        Threads.awaitAll(writes);
        Duration wall = Duration.between(start, time.instant());
        return Measurement.of(github.seen(), wall, github.wrongValues(secrets));
    }

    /** One key read per environment, side by side (gh runs once per environment; the reads are cheap). */
    private Map<String, JsonNode> publicKeys() throws InterruptedException {
        Map<String, Future<JsonNode>> reads = new LinkedHashMap<>();
        for (String environment : github.environments()) {
            reads.put(environment, threads.submit(() -> {
                BareHttp.Answer answer = http.get(environment, "public-key", null);
                if (answer.status() != 200) {
                    throw new IOException("public key of " + environment + ": HTTP " + answer.status());
                }
                return MAPPER.readTree(answer.body());
            }));
        }
        Map<String, JsonNode> keys = new LinkedHashMap<>();
        List<JsonNode> read = Threads.awaitAll(new ArrayList<>(reads.values()));
        List<String> names = new ArrayList<>(reads.keySet());
        for (int i = 0; i < names.size(); i++) {
            keys.put(names.get(i), read.get(i));
        }
        return keys;
    }

    /** Seals and writes one secret; returns the status, whatever it is, as gh reports it and moves on. */
    private int put(String environment, JsonNode key, String name, byte[] value) throws IOException {
        byte[] publicKey = Base64.getDecoder().decode(key.path("key").asText());
        byte[] sealed = new byte[value.length + Box.SEALBYTES];
        boolean ok = SODIUM.cryptoBoxSeal(sealed, value, value.length, publicKey);
        Arrays.fill(value, (byte) 0);
        if (!ok) {
            throw new IOException("libsodium could not seal " + name);
        }
        byte[] body = MAPPER.writeValueAsBytes(Map.of(
                "encrypted_value", Base64.getEncoder().encodeToString(sealed),
                "key_id", key.path("key_id").asText()));
        return http.put(environment, name, body);
    }

    @Override
    public void close() {
        threads.close();
        http.close();
    }
}
