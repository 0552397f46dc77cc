package io.jenkins.plugins.githubenvsecrets.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A record file damaged anywhere, in any well-formed way (a member missing, null, or of another type), is either read
 * or left as it is with a warning naming the file: reading it never throws, so a damaged file never fails a sync. The
 * same holds for the file of versions 1 and 2, which is carried over or left as it is.
 */
class FileFingerprintStoreCorruptionPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final RecordScope PRODUCTION = RecordScope.environmentSecrets("https://api.github.com",
            new RepositoryCoordinates("acme", "web"), EnvironmentName.of("Production"));

    private static final String VERSION_ONE = """
            {"format": "github-environment-secrets/fingerprints", "version": 1, "scopes": {
              "https://api.github.com acme/web production": {
                "API_KEY": {"fingerprint": "fp-1", "updatedAt": "2026-11-01T00:00:00Z", "owners": ["team/api"]}}}}
            """;

    @Property(tries = 200)
    void shouldReadOrLeaveAloneARecordFileDamagedAnywhere(@ForAll @IntRange(min = 1, max = 3) int damages,
            @ForAll Random random) throws Exception {
        Path directory = Files.createTempDirectory("records");
        try {
            FileFingerprintStore written = new FileFingerprintStore(directory, warning -> { });
            written.update(PRODUCTION, current -> Map.of(SecretName.of("A"), new SecretRecord("fp-a",
                    Instant.parse("2026-11-01T00:00:00Z"), Set.of("team/api"), "deploy-key",
                    new WrittenBy("team/api", 7), Instant.parse("2026-11-01T00:00:01Z"), Set.of("team/worker"),
                    Map.of("visibility", "\"selected\""))));
            Path file = written.files().pathOf(PRODUCTION);
            JsonNode damaged = damaged(JSON.readTree(file.toFile()), damages, random);
            Files.writeString(file, JSON.writeValueAsString(damaged));
            List<String> warnings = new ArrayList<>();
            FileFingerprintStore store = new FileFingerprintStore(directory, warnings::add);

            assertThatCode(store::all).as("the audit's read of %s", damaged).doesNotThrowAnyException();
            assertThatCode(() -> store.load(PRODUCTION)).as("a sync's read of %s", damaged)
                    .doesNotThrowAnyException();
            assertThatCode(() -> store.update(PRODUCTION, current -> current)).as("an update of %s", damaged)
                    .doesNotThrowAnyException();
            if (!warnings.isEmpty()) {
                assertThat(file).as("left as it is").hasContent(JSON.writeValueAsString(damaged));
                assertThat(warnings).allSatisfy(warning -> assertThat(warning).contains(file.toString())
                        .contains("left as it is").doesNotContain("fp-a"));
            }
        } finally {
            delete(directory);
        }
    }

    @Property(tries = 100)
    void shouldCarryOverOrLeaveAloneAVersionOneFileDamagedAnywhere(@ForAll @IntRange(min = 1, max = 3) int damages,
            @ForAll Random random) throws Exception {
        Path directory = Files.createTempDirectory("fingerprints");
        try {
            Path file = directory.resolve("fingerprints.json");
            JsonNode damaged = damaged(JSON.readTree(VERSION_ONE), damages, random);
            Files.writeString(file, JSON.writeValueAsString(damaged));
            List<String> warnings = new ArrayList<>();
            FileFingerprintStore store = new FileFingerprintStore(directory, warnings::add);

            assertThatCode(() -> store.load(PRODUCTION)).as("a sync's read of %s", damaged)
                    .doesNotThrowAnyException();
            assertThatCode(store::all).as("the audit's read of %s", damaged).doesNotThrowAnyException();
            Path kept = Files.exists(file) ? file : directory.resolve("fingerprints.json.migrated");
            assertThat(kept).as("the old file, kept whole").hasContent(JSON.writeValueAsString(damaged));
            assertThat(warnings).allSatisfy(warning -> assertThat(warning).contains("fingerprints.json")
                    .doesNotContain("fp-1"));
        } finally {
            delete(directory);
        }
    }

    private static JsonNode damaged(JsonNode intact, int damages, Random random) {
        JsonNode damaged = intact.deepCopy();
        for (int i = 0; i < damages; i++) {
            damage(damaged, random);
        }
        return damaged;
    }

    /** Replaces or removes one member or element chosen among all of the tree's. */
    private static void damage(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container.isEmpty()) {
            return;
        }
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.properties().forEach(member -> names.add(member.getKey()));
            String name = names.get(random.nextInt(names.size()));
            JsonNode replacement = replacement(random);
            if (replacement == null) {
                object.remove(name);
            } else {
                object.set(name, replacement);
            }
        } else if (container instanceof ArrayNode array) {
            int index = random.nextInt(array.size());
            JsonNode replacement = replacement(random);
            if (replacement == null) {
                array.remove(index);
            } else {
                array.set(index, replacement);
            }
        }
    }

    /** {@code null} stands for removing the member. */
    private static JsonNode replacement(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> null;
            case 1 -> NODES.nullNode();
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.textNode("");
            case 5 -> NODES.textNode("not a time / not a name");
            case 6 -> NODES.objectNode();
            case 7 -> NODES.arrayNode().add(NODES.nullNode());
            default -> NODES.textNode("2026-11-01T00:00:00Z");
        };
    }

    private static void collectContainers(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collectContainers(child, containers));
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
