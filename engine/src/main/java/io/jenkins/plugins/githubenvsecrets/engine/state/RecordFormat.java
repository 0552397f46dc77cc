package io.jenkins.plugins.githubenvsecrets.engine.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One record set as JSON, version 3 (versions 1 and 2 held every set in one file; see {@link LegacyFile}):
 *
 * <pre>{@code
 * {"format": "github-environment-secrets/records", "version": 3,
 *  "key": "https://api.github.com repos/acme/web/environments/production secrets",
 *  "apiUrl": "https://api.github.com",
 *  "target": {"kind": "environment", "repository": "acme/web", "environment": "production"},
 *  "kind": "secrets",
 *  "records": {"API_KEY": {"fingerprint": "...", "writtenAt": "2026-11-01T08:00:00Z", "owners": ["team/api"],
 *                          "claimants": [], "source": "api-key", "writtenBy": {"job": "team/api", "build": 7},
 *                          "lastSeenUpdatedAt": "2026-11-01T08:00:00Z"}}}
 * }</pre>
 *
 * A repository's target is {@code {"kind": "repository", "repository": "acme/web", "application": "actions"}}, an
 * organization's {@code {"kind": "organization", "organization": "acme", "application": "dependabot"}}. The file
 * names its whole key and its target, so a file found where another set's belongs is recognised, never mixed in. A
 * record of an organization's secret or variable also keeps which repositories its last write let read it:
 * {@code "visibility": "selected", "selectedRepositoryIds": [42, 43]} (the ids only with {@code selected}). A
 * variable's record has no fingerprint: GitHub shows a variable's value, which is compared instead.
 *
 * <p>Every field of a record but {@code owners} is optional. A later version adds optional fields, to a record or to
 * the set, without changing the version: this one keeps each field it does not know as it is (a record's in
 * {@link SecretRecord#laterFields()}), and writes it back when it saves the set; only a new write of a secret drops
 * the unknown fields of its record, which described the write it replaces. A change that this version would misread
 * raises the version, and a file of a later version is never read nor rewritten here.
 */
final class RecordFormat {
    static final String FORMAT = "github-environment-secrets/records";
    static final int VERSION = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SET_FIELDS = Set.of("format", "version", "key", "apiUrl", "target", "kind",
            "records");
    private static final Set<String> RECORD_FIELDS = Set.of("fingerprint", "writtenAt", "owners", "claimants",
            "source", "writtenBy", "lastSeenUpdatedAt", "visibility", "selectedRepositoryIds");

    private RecordFormat() {
    }

    /** A record set as a file holds it: its scope, its records, and the set's fields a later version added. */
    record StoredSet(RecordScope scope, Map<SecretName, SecretRecord> records, Map<String, String> laterFields) {
        StoredSet {
            records = Map.copyOf(records);
            laterFields = Map.copyOf(laterFields);
        }
    }

    static byte[] encode(StoredSet set) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("version", VERSION)
                .put("key", set.scope().key()).put("apiUrl", set.scope().apiUrl());
        target(root.putObject("target"), set.scope().target());
        root.put("kind", set.scope().kind().pathSegment());
        ObjectNode records = root.putObject("records");
        new TreeMap<>(set.records()).forEach((name, record) -> write(records.putObject(name.value()), record));
        putLater(root, set.laterFields());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record set could not be written as JSON", e);
        }
    }

    /** @throws UnreadableException saying why in words of its own, never quoting the file */
    static StoredSet decode(byte[] content) throws UnreadableException {
        JsonNode root = tree(content);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new UnreadableException("not a record file of this plugin");
        }
        int version = root.path("version").asInt();
        if (version > VERSION) {
            throw new UnreadableException("of version " + version + ", which a later version of this plugin wrote");
        }
        if (version != VERSION) {
            throw new UnreadableException("of an unknown version");
        }
        try {
            RecordScope scope = new RecordScope(text(root, "apiUrl"), target(root.path("target")),
                    kind(text(root, "kind")));
            if (!scope.key().equals(root.path("key").asText())) {
                throw new UnreadableException("its key does not name its own target");
            }
            if (!root.path("records").isObject()) {
                throw new UnreadableException("it has no records");
            }
            return new StoredSet(scope, records(root.get("records"), false), later(root, SET_FIELDS));
        } catch (IllegalArgumentException | DateTimeException e) {
            // The model's messages may quote the file; these words do not.
            throw new UnreadableException("a name, a time or a field is not valid");
        }
    }

    static JsonNode tree(byte[] content) throws UnreadableException {
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.isObject()) {
                throw new UnreadableException("not a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new UnreadableException("not valid JSON");
        }
    }

    /** Each secret's record; {@code legacy} reads version 1's {@code updatedAt} as the write's time. */
    static Map<SecretName, SecretRecord> records(JsonNode secrets, boolean legacy) {
        Map<SecretName, SecretRecord> records = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> secret : secrets.properties()) {
            if (!secret.getValue().isObject()) {
                throw new IllegalArgumentException("a record that is not an object");
            }
            records.put(SecretName.of(secret.getKey()), record(secret.getValue(), legacy));
        }
        return records;
    }

    private static SecretRecord record(JsonNode node, boolean legacy) {
        JsonNode fingerprint = node.path("fingerprint");
        if (!fingerprint.isMissingNode() && !fingerprint.isTextual()) {
            throw new IllegalArgumentException("a fingerprint that is not text");
        }
        // Version 1 named the write's time "updatedAt": GitHub's updated_at, read back after the write.
        Instant writtenAt = instant(legacy && !node.has("writtenAt") ? node.path("updatedAt") : node.path("writtenAt"));
        JsonNode writer = node.path("writtenBy");
        WrittenBy writtenBy = writer.path("job").isTextual() && writer.path("build").canConvertToInt()
                ? new WrittenBy(writer.get("job").asText(), writer.get("build").asInt(),
                        writer.path("jobDeleted").asBoolean(false))
                : null;
        String source = node.path("source").isTextual() ? node.get("source").asText() : null;
        return new SecretRecord(fingerprint.isTextual() ? fingerprint.asText() : null, writtenAt,
                identities(node.path("owners")), source, writtenBy, instant(node.path("lastSeenUpdatedAt")),
                identities(node.path("claimants")), legacy ? Map.of() : later(node, RECORD_FIELDS), access(node));
    }

    /** Which repositories a write let read an organization's secret or variable; null when the record does not say. */
    private static RepositoryAccess access(JsonNode node) {
        JsonNode visibility = node.path("visibility");
        if (!visibility.isTextual()) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : node.path("selectedRepositoryIds")) {
            if (!id.canConvertToLong() || !id.isIntegralNumber()) {
                throw new IllegalArgumentException("a repository id that is not a number");
            }
            ids.add(id.asLong());
        }
        return new RepositoryAccess(Visibility.fromApiValue(visibility.asText())
                .orElseThrow(() -> new IllegalArgumentException("a visibility that is not known")), ids);
    }

    private static void write(ObjectNode secret, SecretRecord record) {
        if (record.fingerprint() != null) {
            secret.put("fingerprint", record.fingerprint());
        }
        if (record.writtenAt() != null) {
            secret.put("writtenAt", record.writtenAt().toString());
        }
        ArrayNode owners = secret.putArray("owners");
        record.owners().forEach(owners::add);
        if (!record.claimants().isEmpty()) {
            ArrayNode claimants = secret.putArray("claimants");
            record.claimants().forEach(claimants::add);
        }
        record.sourceIfKnown().ifPresent(source -> secret.put("source", source));
        record.writtenByIfKnown().ifPresent(writer -> {
            ObjectNode by = secret.putObject("writtenBy").put("job", writer.job()).put("build", writer.build());
            if (writer.jobDeleted()) {
                by.put("jobDeleted", true);
            }
        });
        if (record.lastSeenUpdatedAt() != null) {
            secret.put("lastSeenUpdatedAt", record.lastSeenUpdatedAt().toString());
        }
        record.accessIfKnown().ifPresent(access -> {
            secret.put("visibility", access.visibility().apiValue());
            if (access.visibility() == Visibility.SELECTED) {
                ArrayNode ids = secret.putArray("selectedRepositoryIds");
                access.selectedRepositoryIds().forEach(ids::add);
            }
        });
        putLater(secret, record.laterFields());
    }

    private static void target(ObjectNode node, Target target) {
        node.put("kind", target.kind().noun());
        if (target instanceof EnvironmentTarget environment) {
            node.put("repository", environment.repository().toString())
                    .put("environment", environment.environment().value());
        } else if (target instanceof RepositoryTarget repository) {
            node.put("repository", repository.repository().toString())
                    .put("application", repository.application().pathSegment());
        } else if (target instanceof OrganizationTarget organization) {
            node.put("organization", organization.organization().value())
                    .put("application", organization.application().pathSegment());
        }
    }

    private static Target target(JsonNode node) {
        return switch (text(node, "kind")) {
            case "environment" -> new EnvironmentTarget(RepositoryCoordinates.parse(text(node, "repository")),
                    EnvironmentName.of(text(node, "environment")));
            case "repository" -> new RepositoryTarget(RepositoryCoordinates.parse(text(node, "repository")),
                    Application.parse(text(node, "application")));
            case "organization" -> new OrganizationTarget(new OrganizationName(text(node, "organization")),
                    Application.parse(text(node, "application")));
            default -> throw new IllegalArgumentException("a target of an unknown kind");
        };
    }

    private static ValueKind kind(String pathSegment) {
        return Arrays.stream(ValueKind.values()).filter(kind -> kind.pathSegment().equals(pathSegment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a kind of value that is not known"));
    }

    private static Set<String> identities(JsonNode node) {
        Set<String> identities = new TreeSet<>();
        node.forEach(identity -> identities.add(identity.asText()));
        return identities;
    }

    /** The fields of {@code node} this version does not know, each as its JSON text. */
    private static Map<String, String> later(JsonNode node, Set<String> known) {
        Map<String, String> later = new TreeMap<>();
        node.properties().forEach(field -> {
            if (!known.contains(field.getKey())) {
                later.put(field.getKey(), field.getValue().toString());
            }
        });
        return later;
    }

    private static void putLater(ObjectNode node, Map<String, String> later) {
        later.forEach((name, json) -> {
            if (!node.has(name)) {
                try {
                    node.set(name, JSON.readTree(json));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("A field kept from a later version is no longer JSON", e);
                }
            }
        });
    }

    static String text(JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw new IllegalArgumentException("a record without " + field);
        }
        return node.get(field).asText();
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    /** Why a file cannot be read, in words of its own: never a text quoted from the file. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String reason) {
            super(reason, null, false, false);
        }
    }
}
