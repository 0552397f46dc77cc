package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitHubFakePagingTest {
    private static final int SECRETS = 250;
    private static final String SECRETS_PATH = "/repos/acme/web/environments/prod%2Feu/secrets";
    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"([a-z]+)\"");

    private final GitHubFake github = GitHubFake.start()
            .addToken("reader", Permission.READ)
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "prod/eu");
    private final TestClient client = new TestClient(github, "reader");

    @BeforeEach
    void seedSecrets() {
        IntStream.range(0, SECRETS).forEach(i ->
                github.putSecret("acme", "web", "prod/eu", String.format("S_%03d", i), new byte[] {(byte) i}));
    }

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
    }

    @Test
    void shouldWalkAllSecretsByFollowingNextLinks() {
        var names = new ArrayList<String>();
        var url = client.url(SECRETS_PATH + "?per_page=100").toString();
        int pages = 0;
        while (url != null) {
            var answer = client.send(client.request("GET", "", null).url(url));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("total_count").asInt()).isEqualTo(SECRETS);
            answer.json().get("secrets").forEach(secret -> names.add(secret.get("name").asText()));
            url = links(answer.headers().get("Link")).get("next");
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(names).hasSize(SECRETS).doesNotHaveDuplicates().isSorted()
                .startsWith("S_000", "S_001").endsWith("S_249");
    }

    @Test
    void shouldLinkLikeGitHubByRepositoryIdKeepingOtherParameters() {
        var answer = client.get(SECRETS_PATH + "?per_page=100&page=2");

        var links = links(answer.headers().get("Link"));

        assertThat(links.keySet()).containsExactly("prev", "next", "last", "first");
        var base = github.apiUrl() + "/repositories/42/environments/prod%2Feu/secrets?per_page=100&page=";
        assertThat(links).containsEntry("prev", base + "1").containsEntry("next", base + "3")
                .containsEntry("last", base + "3").containsEntry("first", base + "1");
    }

    @ParameterizedTest(name = "{0} -> {1} items, link {2}")
    @CsvSource({
        "'',                    30, true",
        "?per_page=100,         100, true",
        "?per_page=500,         100, true",
        "?per_page=0,           30, true",
        "?per_page=abc&page=x,  30, true",
        "?per_page=100&page=3,  50, true",
        "?per_page=100&page=4,  0,  true",
        "?per_page=250,         100, true",
    })
    void shouldCutPagesAsGitHubDoes(String query, int items, boolean linked) {
        var answer = client.get(SECRETS_PATH + query);

        assertThat(answer.json().get("secrets")).hasSize(items);
        assertThat(answer.json().get("total_count").asInt()).isEqualTo(SECRETS);
        assertThat(answer.headers().get("Link") != null).isEqualTo(linked);
    }

    @Test
    void shouldSendNoLinkWhenOnePageHoldsEverything() {
        github.addEnvironment("acme", "web", "small").putSecret("acme", "web", "small", "ONLY", new byte[] {1});

        var answer = client.get("/repos/acme/web/environments/small/secrets");

        assertThat(answer.headers().get("Link")).isNull();
        assertThat(answer.json().get("secrets").get(0).get("name").asText()).isEqualTo("ONLY");
        assertThat(answer.json().get("secrets").get(0).fieldNames()).toIterable()
                .containsExactly("name", "created_at", "updated_at");
    }

    @Test
    void shouldPointTheLastPageAtTheEnd() {
        var links = links(client.get(SECRETS_PATH).headers().get("Link"));

        assertThat(links.keySet()).containsExactly("next", "last");
        assertThat(links.get("last")).endsWith("/secrets?page=9");
    }

    private static Map<String, String> links(String header) {
        var links = new LinkedHashMap<String, String>();
        if (header != null) {
            var matcher = LINK.matcher(header);
            while (matcher.find()) {
                links.put(matcher.group(2), matcher.group(1));
            }
        }
        return links;
    }
}
