package io.jenkins.plugins.githubenvsecrets.engine.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
 * is never fatal, and neither is a file that cannot be written. Files of version 1 (fingerprints, read-back
 * {@code updatedAt}, owners) are read and rewritten as version 2, which adds each environment's names as given, and
 * each secret's source, writer and last seen {@code updated_at}.
 */
public final class FileFingerprintStore implements FingerprintStore {
    static final String FORMAT = "github-environment-secrets/fingerprints";
    static final int VERSION = 2;
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
        return locked(() -> records(readAll().get(scope.key())));
    }

    @Override
    public Map<SecretName, SecretRecord> update(EnvironmentScope scope,
            UnaryOperator<Map<SecretName, SecretRecord>> change) {
        return locked(() -> {
            Map<String, StoredScope> all = read(true);
            if (all == null) {
                // Writing now would replace every other environment's records with nothing: leave the file alone.
                return Map.copyOf(change.apply(Map.of()));
            }
            Map<SecretName, SecretRecord> changed = change.apply(records(all.get(scope.key())));
            if (changed.isEmpty()) {
                all.remove(scope.key());
            } else {
                all.put(scope.key(), new StoredScope(scope, new LinkedHashMap<>(changed)));
            }
            write(all);
            return Map.copyOf(changed);
        });
    }

    @Override
    public <T> T underLock(EnvironmentScope scope, LockedAction<T> action) throws InterruptedException {
        ReentrantLock lock = lock();
        lock.lockInterruptibly();
        try {
            Map<String, StoredScope> all = read(true);
            if (all == null) {
                // A decision on records that could not be read would be taken on none: refuse it instead.
                throw new RecordUnreadableException("the record of earlier syncs in " + file + " could not be read");
            }
            return action.run(records(all.get(scope.key())));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads the file as it stands, without waiting for a sync that holds the lock (an owned prune holds it through a
     * request to GitHub): each write replaces the whole file, so a read sees one version or the other. A file that
     * cannot be read gives nothing and is left as it is for the next sync to deal with, so that a reader of the audit
     * never moves the record aside.
     */
    @Override
    public List<RecordedSecret> all() {
        List<RecordedSecret> all = new ArrayList<>();
        Map<String, StoredScope> scopes = read(false);
        if (scopes != null) {
            scopes.values().forEach(stored -> stored.records().forEach((name, record) ->
                    all.add(new RecordedSecret(stored.scope(), name, record))));
        }
        return all;
    }

    private static Map<SecretName, SecretRecord> records(StoredScope stored) {
        return stored == null ? Map.of() : Map.copyOf(stored.records());
    }

    private ReentrantLock lock() {
        return LOCKS.computeIfAbsent(file, path -> new ReentrantLock());
    }

    private <T> T locked(Supplier<T> action) {
        ReentrantLock lock = lock();
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private Map<String, StoredScope> readAll() {
        Map<String, StoredScope> all = read(true);
        return all == null ? new TreeMap<>() : all;
    }

    /**
     * The file's scopes; empty when there is no file, or when it cannot be parsed (then moved aside, if
     * {@code repair}); {@code null} when it could not be read at all, which may pass.
     */
    private Map<String, StoredScope> read(boolean repair) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            warnings.accept("Cannot read the record of earlier syncs in " + file + " (" + e.getClass().getSimpleName()
                    + "); every secret will be written, and the record is left as it is");
            return null;
        }
        try {
            return parse(JSON.readTree(content));
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            if (repair) {
                moveAside();
            }
            return new TreeMap<>();
        }
    }

    private static Map<String, StoredScope> parse(JsonNode root) {
        int version = root == null ? 0 : root.path("version").asInt();
        if (root == null || !FORMAT.equals(root.path("format").asText()) || (version != 1 && version != VERSION)
                || !root.path("scopes").isObject()) {
            throw new IllegalArgumentException("not a fingerprint file of a known version");
        }
        Map<String, StoredScope> all = new TreeMap<>();
        root.get("scopes").properties().forEach(entry -> {
            StoredScope stored = version == 1 ? versionOneScope(entry.getKey(), entry.getValue())
                    : new StoredScope(scope(entry.getValue()), secrets(entry.getValue().path("secrets")));
            if (!stored.scope().key().equals(entry.getKey())) {
                throw new IllegalArgumentException("an environment filed under another key");
            }
            all.put(entry.getKey(), stored);
        });
        return all;
    }

    /** Version 1 kept only the lower-case key "API-URL owner/repo environment" and fingerprints per name. */
    private static StoredScope versionOneScope(String key, JsonNode secrets) {
        String[] parts = key.split(" ", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("an environment key of an unknown form");
        }
        return new StoredScope(new EnvironmentScope(parts[0], RepositoryCoordinates.parse(parts[1]),
                EnvironmentName.of(parts[2])), secrets(secrets));
    }

    private static EnvironmentScope scope(JsonNode node) {
        return new EnvironmentScope(text(node, "apiUrl"), RepositoryCoordinates.parse(text(node, "repository")),
                EnvironmentName.of(text(node, "environment")));
    }

    private static Map<SecretName, SecretRecord> secrets(JsonNode node) {
        Map<SecretName, SecretRecord> records = new LinkedHashMap<>();
        node.properties().forEach(secret -> records.put(SecretName.of(secret.getKey()),
                record(secret.getValue())));
        return records;
    }

    private static SecretRecord record(JsonNode node) {
        String fingerprint = text(node, "fingerprint");
        // Version 1 named the write's time "updatedAt": GitHub's updated_at, read back after the write.
        Instant writtenAt = instant(node.has("writtenAt") ? node.path("writtenAt") : node.path("updatedAt"));
        Set<String> owners = new HashSet<>();
        node.path("owners").forEach(owner -> owners.add(owner.asText()));
        JsonNode writer = node.path("writtenBy");
        WrittenBy writtenBy = writer.path("job").isTextual() && writer.path("build").canConvertToInt()
                ? new WrittenBy(writer.get("job").asText(), writer.get("build").asInt()) : null;
        String source = node.path("source").isTextual() ? node.get("source").asText() : null;
        return new SecretRecord(fingerprint, writtenAt, owners, source, writtenBy,
                instant(node.path("lastSeenUpdatedAt")));
    }

    private static String text(JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw new IllegalArgumentException("a record without " + field);
        }
        return node.get(field).asText();
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
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

    private void write(Map<String, StoredScope> all) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("version", VERSION);
        ObjectNode scopes = root.putObject("scopes");
        all.forEach((key, stored) -> {
            ObjectNode scope = scopes.putObject(key)
                    .put("apiUrl", stored.scope().apiUrl())
                    .put("repository", stored.scope().repository().toString())
                    .put("environment", stored.scope().environment().value());
            ObjectNode secrets = scope.putObject("secrets");
            new TreeMap<>(stored.records()).forEach((name, record) -> write(secrets.putObject(name.value()), record));
        });
        try {
            // The file is an absolute path to a file: it has a folder and a name.
            Path folder = Objects.requireNonNull(file.getParent(), "folder");
            Path name = Objects.requireNonNull(file.getFileName(), "name");
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, name.toString(), ".tmp");
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

    private static void write(ObjectNode secret, SecretRecord record) {
        secret.put("fingerprint", record.fingerprint());
        if (record.writtenAt() != null) {
            secret.put("writtenAt", record.writtenAt().toString());
        }
        ArrayNode owners = secret.putArray("owners");
        record.owners().forEach(owners::add);
        record.sourceIfKnown().ifPresent(source -> secret.put("source", source));
        record.writtenByIfKnown().ifPresent(writer -> secret.putObject("writtenBy")
                .put("job", writer.job()).put("build", writer.build()));
        if (record.lastSeenUpdatedAt() != null) {
            secret.put("lastSeenUpdatedAt", record.lastSeenUpdatedAt().toString());
        }
    }

    private void moveInPlace(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One environment in the file: its names as given, and its records. */
    private record StoredScope(EnvironmentScope scope, Map<SecretName, SecretRecord> records) {}
}
