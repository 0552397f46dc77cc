package io.jenkins.plugins.githubenvsecrets.engine.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Records in one JSON file, replaced atomically on every update. Updates in one JVM are serialised per file. A
 * corrupt or foreign file is reported, moved aside and treated as empty: losing records only costs rewrites, so it
 * is never fatal, and neither is a file that cannot be written.
 */
public final class FileFingerprintStore implements FingerprintStore {
    static final String FORMAT = "github-environment-secrets/fingerprints";
    static final int VERSION = 1;
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Consumer<String> warnings;
    private final Clock clock;

    /**
     * @param warnings told, in a sentence naming the file, when the file is unreadable or cannot be written
     */
    public FileFingerprintStore(Path file, Consumer<String> warnings) {
        this(file, warnings, Clock.systemUTC());
    }

    FileFingerprintStore(Path file, Consumer<String> warnings, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Map<SecretName, SecretRecord> load(EnvironmentScope scope) {
        return locked(() -> readAll().getOrDefault(scope.key(), Map.of()));
    }

    @Override
    public void update(EnvironmentScope scope, UnaryOperator<Map<SecretName, SecretRecord>> change) {
        locked(() -> {
            Map<String, Map<SecretName, SecretRecord>> all = readAll();
            Map<SecretName, SecretRecord> changed = change.apply(all.getOrDefault(scope.key(), Map.of()));
            if (changed.isEmpty()) {
                all.remove(scope.key());
            } else {
                all.put(scope.key(), changed);
            }
            write(all);
            return null;
        });
    }

    private <T> T locked(Supplier<T> action) {
        ReentrantLock lock = LOCKS.computeIfAbsent(file, path -> new ReentrantLock());
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private Map<String, Map<SecretName, SecretRecord>> readAll() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            warnings.accept("Cannot read the record of earlier syncs in " + file + " (" + e.getClass().getSimpleName()
                    + "); every secret will be written");
            return new TreeMap<>();
        }
        try {
            return parse(JSON.readTree(content));
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            moveAside();
            return new TreeMap<>();
        }
    }

    private static Map<String, Map<SecretName, SecretRecord>> parse(JsonNode root) {
        if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION
                || !root.path("scopes").isObject()) {
            throw new IllegalArgumentException("not a fingerprint file of this version");
        }
        Map<String, Map<SecretName, SecretRecord>> all = new TreeMap<>();
        root.get("scopes").fields().forEachRemaining(scope -> {
            Map<SecretName, SecretRecord> records = new LinkedHashMap<>();
            scope.getValue().fields().forEachRemaining(secret -> records.put(SecretName.of(secret.getKey()),
                    record(secret.getValue())));
            all.put(scope.getKey(), records);
        });
        return all;
    }

    private static SecretRecord record(JsonNode node) {
        if (!node.path("fingerprint").isTextual()) {
            throw new IllegalArgumentException("a record without fingerprint");
        }
        String fingerprint = node.get("fingerprint").asText();
        JsonNode updatedAt = node.path("updatedAt");
        Set<String> owners = new HashSet<>();
        node.path("owners").forEach(owner -> owners.add(owner.asText()));
        return new SecretRecord(fingerprint, updatedAt.isTextual() ? Instant.parse(updatedAt.asText()) : null,
                owners);
    }

    private void moveAside() {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + clock.millis());
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            warnings.accept("The record of earlier syncs in " + file + " is corrupt or of another format; it was"
                    + " moved to " + aside.getFileName() + " and every secret will be written again");
        } catch (IOException e) {
            warnings.accept("The record of earlier syncs in " + file + " is corrupt or of another format and could"
                    + " not be moved aside (" + e.getClass().getSimpleName() + "); every secret will be written");
        }
    }

    private void write(Map<String, Map<SecretName, SecretRecord>> all) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("version", VERSION);
        ObjectNode scopes = root.putObject("scopes");
        all.forEach((key, records) -> {
            ObjectNode scope = scopes.putObject(key);
            new TreeMap<>(records).forEach((name, record) -> {
                ObjectNode secret = scope.putObject(name.value()).put("fingerprint", record.fingerprint());
                if (record.updatedAt() != null) {
                    secret.put("updatedAt", record.updatedAt().toString());
                }
                ArrayNode owners = secret.putArray("owners");
                record.owners().forEach(owners::add);
            });
        });
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
                moveInPlace(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            warnings.accept("Cannot save the record of this sync in " + file + " (" + e.getClass().getSimpleName()
                    + "); the next sync will write these secrets again");
        }
    }

    private void moveInPlace(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
