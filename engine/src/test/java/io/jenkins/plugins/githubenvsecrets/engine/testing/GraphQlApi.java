package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * GitHub's GraphQL endpoint, for the one query a client of secrets needs: repositories by owner and name, each an
 * aliased {@code repository(owner:, name:)} field selecting {@code databaseId}, {@code id}, {@code name} or
 * {@code nameWithOwner}. Answered as GitHub does: HTTP 200 with {@code data}, where a repository that does not exist
 * or that the token cannot see is {@code null} and has an error of type {@code NOT_FOUND} whose {@code path} is its
 * response key, beside the others' data. A query that does not parse or does not fit GitHub's schema is answered with
 * {@code errors} alone and kept as a protocol violation.
 */
final class GraphQlApi {
    private static final Set<String> BODY_PROPERTIES = Set.of("query", "variables", "operationName");
    private static final Set<String> REPOSITORY_FIELDS = Set.of("databaseId", "id", "name", "nameWithOwner");

    private final FakeState state;
    private final RequestLog log;

    GraphQlApi(FakeState state, RequestLog log) {
        this.state = state;
        this.log = log;
    }

    Reply answer(FakeRequest request, FakeToken token) throws RejectedRequest {
        var documentation = GraphQlRoute.DOCUMENTATION;
        var body = JsonBody.object(request.body(), "GraphQL body", documentation);
        JsonBody.onlyProperties(body, BODY_PROPERTIES, "GraphQL body", documentation);
        var text = JsonBody.string(body, "query", true, "GraphQL body", documentation).orElseThrow();
        var variables = body.path("variables");
        GraphQlQuery query;
        try {
            query = GraphQlQuery.parse(text);
        } catch (GraphQlQuery.ParseError e) {
            return refused(request, "GraphQL query does not parse: " + e.getMessage(),
                    error(e.getMessage(), e.line(), e.column()));
        }
        var problem = problem(query, variables);
        if (problem.isPresent()) {
            return refused(request, "GraphQL query does not fit GitHub's schema: " + problem.get().path("message")
                    .asText(), problem.get());
        }
        return Reply.json(200, execute(query, variables, token))
                .withHeader("x-ratelimit-resource", "graphql")
                .withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-used", "1")
                .withHeader("x-ratelimit-remaining", "4999")
                .withHeader("x-ratelimit-reset", String.valueOf(state.now().plus(Duration.ofHours(1))
                        .getEpochSecond()));
    }

    private ObjectNode execute(GraphQlQuery query, JsonNode variables, FakeToken token) {
        var json = Json.object();
        var data = json.putObject("data");
        ArrayNode errors = null;
        for (var field : query.fields()) {
            var owner = argument(field, "owner", variables);
            var name = argument(field, "name", variables);
            var repository = state.repository(new RepositoryRef.ByName(owner, name))
                    .filter(visible -> !token.seesNothing());
            if (repository.isPresent()) {
                data.set(field.responseKey(), repositoryView(repository.get(), field));
                continue;
            }
            data.putNull(field.responseKey());
            if (errors == null) {
                errors = json.putArray("errors");
            }
            var error = error("Could not resolve to a Repository with the name '" + owner + "/" + name + "'.",
                    field.line(), field.column());
            error.put("type", "NOT_FOUND");
            error.putArray("path").add(field.responseKey());
            errors.add(error);
        }
        return json;
    }

    private static ObjectNode repositoryView(FakeRepository repository, GraphQlQuery.Field field) {
        var view = Json.object();
        for (var selection : field.selections()) {
            switch (selection) {
                case "databaseId" -> view.put("databaseId", repository.id());
                case "id" -> view.put("id", "R_" + Base64.getEncoder().withoutPadding()
                        .encodeToString(Long.toString(repository.id()).getBytes(StandardCharsets.US_ASCII)));
                case "name" -> view.put("name", repository.name());
                default -> view.put("nameWithOwner", repository.fullName());
            }
        }
        return view;
    }

    /** The first way the query breaks GitHub's schema or its variables, as GitHub's error; empty when it fits. */
    private static Optional<ObjectNode> problem(GraphQlQuery query, JsonNode variables) {
        var declared = new HashSet<String>();
        for (var definition : query.definitions()) {
            declared.add(definition.name());
            var value = variables.path(definition.name());
            if (definition.type().equals("String!") && !value.isTextual()) {
                return Optional.of(error("Variable $" + definition.name() + " of type String! was provided invalid"
                        + " value", 1, 1));
            }
        }
        var keys = new HashSet<String>();
        for (var field : query.fields()) {
            if (!field.name().equals("repository")) {
                return Optional.of(error("Field '" + field.name() + "' doesn't exist on type 'Query'", field.line(),
                        field.column()));
            }
            if (!field.arguments().keySet().equals(Set.of("owner", "name"))) {
                return Optional.of(error("Field 'repository' takes the arguments owner and name, both required",
                        field.line(), field.column()));
            }
            for (var argument : field.arguments().values()) {
                if (argument.variable() != null && !declared.contains(argument.variable())) {
                    return Optional.of(error("Variable $" + argument.variable() + " is used by the query but not"
                            + " declared", field.line(), field.column()));
                }
            }
            if (field.selections().isEmpty()) {
                return Optional.of(error("Field must have selections (field 'repository' returns Repository but has"
                        + " no selections. Did you mean 'repository { ... }'?)", field.line(), field.column()));
            }
            for (var selection : field.selections()) {
                if (!REPOSITORY_FIELDS.contains(selection)) {
                    return Optional.of(error("Field '" + selection + "' doesn't exist on type 'Repository'",
                            field.line(), field.column()));
                }
            }
            if (!keys.add(field.responseKey())) {
                return Optional.of(error("Field '" + field.responseKey() + "' has an argument conflict", field.line(),
                        field.column()));
            }
        }
        return Optional.empty();
    }

    private static String argument(GraphQlQuery.Field field, String name, JsonNode variables) {
        var value = field.arguments().get(name);
        return value.literal() != null ? value.literal() : variables.path(value.variable()).textValue();
    }

    /** GitHub answers a query it cannot run with 200 and {@code errors}, no {@code data}. */
    private Reply refused(FakeRequest request, String problem, ObjectNode error) {
        log.violation(request.method() + " " + request.path() + ": " + problem);
        var json = Json.object();
        json.putArray("errors").add(error);
        return Reply.json(200, json);
    }

    private static ObjectNode error(String message, int line, int column) {
        var error = Json.object().put("message", message);
        error.putArray("locations").addObject().put("line", line).put("column", column);
        return error;
    }
}
