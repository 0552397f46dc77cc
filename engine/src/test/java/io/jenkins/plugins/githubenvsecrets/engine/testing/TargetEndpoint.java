package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.Optional;

/**
 * The endpoints below a target's {@code secrets} or {@code variables}, the methods each takes, and the documentation
 * GitHub links in its errors (its anchors follow one pattern, such as {@code #get-an-organization-public-key} or
 * {@code #create-an-environment-variable}).
 */
enum TargetEndpoint {
    /** {@code .../secrets/public-key}: GET. */
    PUBLIC_KEY,
    /** {@code .../secrets}: GET; {@code .../variables}: GET, POST. */
    LIST,
    /** {@code .../secrets/{name}}: GET, PUT, DELETE; {@code .../variables/{name}}: GET, PATCH, DELETE. */
    ITEM,
    /** {@code /orgs/{org}/.../{name}/repositories}: GET, PUT. */
    SELECTED_REPOSITORIES,
    /** {@code /orgs/{org}/.../{name}/repositories/{repository_id}}: PUT, DELETE. */
    SELECTED_REPOSITORY;

    private static final String DOCS = "https://docs.github.com/rest/";

    /** The documentation of {@code method} here, or empty when GitHub has no such operation. */
    Optional<String> documentation(String method, TargetKind level, ValueKind kind, Application application) {
        var noun = kind == ValueKind.SECRET ? "secret" : "variable";
        var scope = level.noun();
        var article = level == TargetKind.REPOSITORY ? "a-" : "an-";
        var anchor = switch (this) {
            case PUBLIC_KEY -> kind == ValueKind.SECRET && method.equals("GET")
                    ? "get-" + article + scope + "-public-key" : null;
            case LIST -> method.equals("GET") ? "list-" + scope + "-" + noun + "s"
                    : method.equals("POST") && kind == ValueKind.VARIABLE ? "create-" + article + scope + "-variable"
                    : null;
            case ITEM -> switch (method) {
                case "GET" -> "get-" + article + scope + "-" + noun;
                case "DELETE" -> "delete-" + article + scope + "-" + noun;
                case "PUT" -> kind == ValueKind.SECRET ? "create-or-update-" + article + scope + "-secret" : null;
                case "PATCH" -> kind == ValueKind.VARIABLE ? "update-" + article + scope + "-variable" : null;
                default -> null;
            };
            case SELECTED_REPOSITORIES -> level != TargetKind.ORGANIZATION ? null
                    : method.equals("GET") ? "list-selected-repositories-for-an-organization-" + noun
                    : method.equals("PUT") ? "set-selected-repositories-for-an-organization-" + noun : null;
            case SELECTED_REPOSITORY -> level != TargetKind.ORGANIZATION ? null
                    : method.equals("PUT") ? "add-selected-repository-to-an-organization-" + noun
                    : method.equals("DELETE") ? "remove-selected-repository-from-an-organization-" + noun : null;
        };
        return Optional.ofNullable(anchor).map(found -> DOCS + page(level, kind, application) + "#" + found);
    }

    private static String page(TargetKind level, ValueKind kind, Application application) {
        if (kind == ValueKind.VARIABLE) {
            return "actions/variables";
        }
        return switch (application) {
            case ACTIONS -> "actions/secrets";
            case DEPENDABOT -> "dependabot/secrets";
            case CODESPACES -> level == TargetKind.ORGANIZATION ? "codespaces/organization-secrets"
                    : "codespaces/repository-secrets";
        };
    }
}
