package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.Map;
import java.util.Optional;

/** The REST endpoints the fake serves, with the methods each accepts and the documentation GitHub links in errors. */
enum Endpoint {
    REPOSITORY(Map.of("GET", "https://docs.github.com/rest/repos/repos#get-a-repository")),
    ENVIRONMENTS(Map.of("GET", "https://docs.github.com/rest/deployments/environments#list-environments")),
    ENVIRONMENT(Map.of(
            "GET", "https://docs.github.com/rest/deployments/environments#get-an-environment",
            "PUT", "https://docs.github.com/rest/deployments/environments#create-or-update-an-environment")),
    SECRETS(Map.of("GET", "https://docs.github.com/rest/actions/secrets#list-environment-secrets")),
    PUBLIC_KEY(Map.of("GET", "https://docs.github.com/rest/actions/secrets#get-an-environment-public-key")),
    SECRET(Map.of(
            "GET", "https://docs.github.com/rest/actions/secrets#get-an-environment-secret",
            "PUT", "https://docs.github.com/rest/actions/secrets#create-or-update-an-environment-secret",
            "DELETE", "https://docs.github.com/rest/actions/secrets#delete-an-environment-secret"));

    private final Map<String, String> documentationByMethod;

    Endpoint(Map<String, String> documentationByMethod) {
        this.documentationByMethod = documentationByMethod;
    }

    /** The documentation URL of this endpoint's operation for {@code method}; empty when it has no such method. */
    Optional<String> documentation(String method) {
        return Optional.ofNullable(documentationByMethod.get(method));
    }

    /**
     * Whether {@code token} may use {@code method} here: any token that sees the repository reads it; creating an
     * environment needs Administration, the rest Environments.
     */
    boolean allows(FakeToken token, String method) {
        if (this == REPOSITORY) {
            return true;
        }
        if (this == ENVIRONMENT && method.equals("PUT")) {
            return token.allows(FineGrainedPermission.ADMINISTRATION, Permission.WRITE);
        }
        return token.allows(FineGrainedPermission.ENVIRONMENTS, method.equals("GET") ? Permission.READ
                : Permission.WRITE);
    }
}
