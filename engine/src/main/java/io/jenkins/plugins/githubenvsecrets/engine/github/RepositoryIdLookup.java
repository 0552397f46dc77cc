package io.jenkins.plugins.githubenvsecrets.engine.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves repository names to numeric ids through GitHub's GraphQL API, up to {@link #NAMES_PER_QUERY} names in one
 * request: each name is one aliased {@code repository(owner:, name:) { databaseId }} field, its owner and name passed
 * as variables, never pasted into the query. GitHub answers an unknown name with {@code null} and an error of type
 * {@code NOT_FOUND} whose {@code path} is the alias, beside the ids of the others; such a name becomes a problem that
 * names it, so that one unknown name hides none of the others.
 *
 * <p>The GraphQL endpoint lies beside the REST API on the same server ({@link GitHubApiUrl#graphQlUrl()}), and the
 * request goes through the same transport: same token, same redirect rule, same retries. Being a POST, it is paced as
 * the writes are (GitHub asks for a second between POSTs), which costs at most one gap per hundred names. GraphQL's
 * answers count GraphQL's own rate budget, which {@link RateBudget} keeps apart from the REST one.
 *
 * <p>Why GraphQL and not {@code GET /repos/{owner}/{repo}} per name: one request instead of one per repository (a
 * secret for twenty repositories costs one lookup, not twenty), a few bytes per name instead of a whole repository
 * object, and GitHub answers each name on its own, so an unknown one is told apart without failing the others.
 */
final class RepositoryIdLookup {
    /** GitHub bounds a query's nodes and size; a hundred one-field lookups stay far inside. */
    static final int NAMES_PER_QUERY = 100;
    /** GitHub's error types are upper-case words; anything else from the server is not repeated. */
    private static final Pattern ERROR_TYPE = Pattern.compile("[A-Z_]{1,40}");
    private static final int NAMES_SHOWN = 3;

    private final Exchange exchange;

    RepositoryIdLookup(Exchange exchange) {
        this.exchange = exchange;
    }

    RepositoryIds resolve(Collection<RepositoryCoordinates> repositories) throws InterruptedException {
        List<RepositoryCoordinates> names = new ArrayList<>(new LinkedHashSet<>(repositories));
        Map<RepositoryCoordinates, Long> ids = new LinkedHashMap<>();
        Map<RepositoryCoordinates, String> problems = new LinkedHashMap<>();
        for (int from = 0; from < names.size(); from += NAMES_PER_QUERY) {
            List<RepositoryCoordinates> batch = names.subList(from, Math.min(names.size(), from + NAMES_PER_QUERY));
            readAnswer(query(batch), batch, ids, problems);
        }
        return new RepositoryIds(ids, problems);
    }

    private Answer query(List<RepositoryCoordinates> batch) throws InterruptedException {
        StringBuilder declarations = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        ObjectNode variables = Json.object();
        for (int i = 0; i < batch.size(); i++) {
            declarations.append(i == 0 ? "" : ", ").append("$owner").append(i).append(": String!, $name").append(i)
                    .append(": String!");
            fields.append(" r").append(i).append(": repository(owner: $owner").append(i).append(", name: $name")
                    .append(i).append(") { databaseId }");
            variables.put("owner" + i, batch.get(i).owner()).put("name" + i, batch.get(i).name());
        }
        ObjectNode body = Json.object().put("query", "query RepositoryIds(" + declarations + ") {" + fields + " }");
        body.set("variables", variables);
        RequestContext request = new RequestContext("POST", shown(batch) + " (ids, through GraphQL)", null, null);
        return exchange.send(request, exchange.api().graphQlUrl(), Json.bytes(body)).expect(200);
    }

    private static void readAnswer(Answer answer, List<RepositoryCoordinates> batch,
            Map<RepositoryCoordinates, Long> ids, Map<RepositoryCoordinates, String> problems) {
        JsonNode json = answer.json();
        JsonNode data = json.path("data");
        ServerText text = answer.response().serverText();
        Map<String, String> errorTypes = errorTypesByAlias(json.path("errors"), text);
        if (!data.isObject()) {
            Set<String> types = new LinkedHashSet<>();
            json.path("errors").forEach(error -> types.add(shownType(error, text)));
            throw new GitHubApiException(answer.request().describe() + ": HTTP 200, but GitHub's GraphQL API answered"
                    + " no data" + (types.isEmpty() ? "" : " (errors: " + String.join(", ", types) + ")")
                    + ". Try again later; if it persists, check that the token may read these repositories.",
                    200, answer.request(), null, null);
        }
        for (int i = 0; i < batch.size(); i++) {
            RepositoryCoordinates repository = batch.get(i);
            JsonNode id = data.path("r" + i).path("databaseId");
            if (id.canConvertToLong() && id.isIntegralNumber() && id.asLong() > 0) {
                ids.put(repository, id.asLong());
            } else {
                problems.put(repository, problem(repository, errorTypes.get("r" + i)));
            }
        }
    }

    private static String problem(RepositoryCoordinates repository, String errorType) {
        if ("NOT_FOUND".equals(errorType)) {
            return "Repository " + repository + " does not exist, or the token cannot see it.";
        }
        return "Repository " + repository + " has no id in GitHub's answer"
                + (errorType == null ? "" : " (error " + errorType + ")")
                + "; check that it exists and that the token may read it.";
    }

    /** The type of the first error whose path starts at each alias. */
    private static Map<String, String> errorTypesByAlias(JsonNode errors, ServerText text) {
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode error : errors) {
            String alias = error.path("path").path(0).asText("");
            if (!alias.isEmpty()) {
                types.putIfAbsent(alias, shownType(error, text));
            }
        }
        return types;
    }

    /**
     * An error's type when it is one of GitHub's upper-case words, scrubbed as all server text is (a value may be such
     * a word); the server's other text is not repeated.
     */
    private static String shownType(JsonNode error, ServerText text) {
        String type = error.path("type").asText("");
        return ERROR_TYPE.matcher(type).matches() ? text.shown(type) : "UNKNOWN";
    }

    private static String shown(List<RepositoryCoordinates> batch) {
        Set<String> names = batch.stream().limit(NAMES_SHOWN).map(RepositoryCoordinates::toString)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return String.join(", ", names) + (batch.size() > NAMES_SHOWN ? " and " + (batch.size() - NAMES_SHOWN)
                + " more" : "");
    }
}
