package io.jenkins.plugins.githubenvsecrets.engine.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordFormat.StoredSet;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordFormat.UnreadableException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one file of versions 1 and 2, {@code fingerprints.json}, which held the records of every environment under a
 * key of the form {@code "API-URL owner/repo environment"} in lower case. Version 1 kept only that key and, per
 * secret, the fingerprint, GitHub's {@code updatedAt} read back after the write, and the owners; version 2 added each
 * environment's names as given, and each secret's source, writer and last seen {@code updated_at}. Read once, to carry
 * each environment over into a file of its own.
 */
final class LegacyFile {
    static final String NAME = "fingerprints.json";
    private static final String FORMAT = "github-environment-secrets/fingerprints";

    private LegacyFile() {
    }

    /**
     * One environment of the file: its record set, or why it cannot be read.
     *
     * @param key the key the file holds it under, which names it
     */
    record Entry(String key, StoredSet set, String problem) {}

    /** Every environment of the file, each read on its own. */
    static List<Entry> entries(byte[] content) throws UnreadableException {
        JsonNode root = RecordFormat.tree(content);
        int version = root.path("version").asInt();
        if (!FORMAT.equals(root.path("format").asText()) || (version != 1 && version != 2)
                || !root.path("scopes").isObject()) {
            throw new UnreadableException("not a fingerprint file of version 1 or 2");
        }
        List<Entry> entries = new ArrayList<>();
        root.get("scopes").properties().forEach(field -> entries.add(entry(version, field.getKey(),
                field.getValue())));
        return entries;
    }

    private static Entry entry(int version, String key, JsonNode node) {
        try {
            RecordScope scope = version == 1 ? versionOneScope(key) : RecordScope.environmentSecrets(
                    RecordFormat.text(node, "apiUrl"),
                    RepositoryCoordinates.parse(RecordFormat.text(node, "repository")),
                    EnvironmentName.of(RecordFormat.text(node, "environment")));
            if (!scope.fingerprintBinding().equals(key)) {
                return new Entry(key, null, "its names do not match its key");
            }
            JsonNode secrets = version == 1 ? node : node.path("secrets");
            return new Entry(key, new StoredSet(scope, RecordFormat.records(secrets, true), Map.of()), null);
        } catch (IllegalArgumentException | DateTimeException e) {
            // The model's messages may quote the file; these words do not.
            return new Entry(key, null, "a name, a time or a field is not valid");
        }
    }

    /** Version 1 kept only the key: names in lower case, as the audit then shows them until the next write. */
    private static RecordScope versionOneScope(String key) {
        String[] parts = key.split(" ", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("an environment key of an unknown form");
        }
        return RecordScope.environmentSecrets(parts[0], RepositoryCoordinates.parse(parts[1]),
                EnvironmentName.of(parts[2]));
    }
}
