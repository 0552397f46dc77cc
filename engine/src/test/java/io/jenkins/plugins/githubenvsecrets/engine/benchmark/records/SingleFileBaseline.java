package io.jenkins.plugins.githubenvsecrets.engine.benchmark.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What the store of versions 1 and 2 did, as the baseline: every record of the Jenkins in one JSON file (format
 * version 2), which each load parses whole into records and each update parses whole, changes, and writes whole to a
 * temporary file moved over the old one. One thread at a time, as its single lock made it.
 */
final class SingleFileBaseline {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    SingleFileBaseline(Path file) {
        this.file = file;
    }

    /** Writes every generated record at once, as years of syncs would have. */
    void fill(GeneratedRecords generated) {
        Map<String, Map<SecretName, SecretRecord>> all = new TreeMap<>();
        for (int i = 0; i < generated.scopes().size(); i++) {
            all.put(key(generated.scopes().get(i)), generated.records(i));
        }
        write(all);
    }

    synchronized Map<SecretName, SecretRecord> load(RecordScope scope) {
        return read().getOrDefault(key(scope), Map.of());
    }

    synchronized void update(RecordScope scope, UnaryOperator<Map<SecretName, SecretRecord>> change) {
        Map<String, Map<SecretName, SecretRecord>> all = read();
        all.put(key(scope), change.apply(all.getOrDefault(key(scope), Map.of())));
        write(all);
    }

    private Map<String, Map<SecretName, SecretRecord>> read() {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            Map<String, Map<SecretName, SecretRecord>> all = new TreeMap<>();
            root.get("scopes").properties().forEach(entry -> {
                Map<SecretName, SecretRecord> records = new LinkedHashMap<>();
                entry.getValue().path("secrets").properties().forEach(secret -> records.put(
                        SecretName.of(secret.getKey()), record(secret.getValue())));
                all.put(entry.getKey(), records);
            });
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SecretRecord record(JsonNode node) {
        Set<String> owners = new HashSet<>();
        node.path("owners").forEach(owner -> owners.add(owner.asText()));
        JsonNode writer = node.path("writtenBy");
        return new SecretRecord(node.path("fingerprint").asText(), Instant.parse(node.path("writtenAt").asText()),
                owners, node.path("source").asText(), new WrittenBy(writer.path("job").asText(),
                        writer.path("build").asInt()), node.path("lastSeenUpdatedAt").isTextual()
                                ? Instant.parse(node.path("lastSeenUpdatedAt").asText()) : null);
    }

    private void write(Map<String, Map<SecretName, SecretRecord>> all) {
        ObjectNode root = JSON.createObjectNode().put("format", "github-environment-secrets/fingerprints")
                .put("version", 2);
        ObjectNode scopes = root.putObject("scopes");
        all.forEach((key, records) -> {
            ObjectNode scope = scopes.putObject(key).put("apiUrl", GeneratedRecords.API_URL)
                    .put("repository", key.split(" ")[1]).put("environment", key.split(" ", 3)[2]);
            ObjectNode secrets = scope.putObject("secrets");
            new TreeMap<>(records).forEach((name, record) -> {
                ObjectNode secret = secrets.putObject(name.value()).put("fingerprint", record.fingerprint())
                        .put("writtenAt", record.writtenAt().toString());
                ArrayNode owners = secret.putArray("owners");
                record.owners().forEach(owners::add);
                secret.put("source", record.source());
                secret.putObject("writtenBy").put("job", record.writtenBy().job())
                        .put("build", record.writtenBy().build());
                if (record.lastSeenUpdatedAt() != null) {
                    secret.put("lastSeenUpdatedAt", record.lastSeenUpdatedAt().toString());
                }
            });
        });
        try {
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key of versions 1 and 2: API URL, repository and environment, lower case. */
    private static String key(RecordScope scope) {
        EnvironmentTarget target = (EnvironmentTarget) scope.target();
        return scope.apiUrl() + " " + target.repository().toString().toLowerCase(Locale.ROOT) + " "
                + target.environment().value().toLowerCase(Locale.ROOT);
    }
}
