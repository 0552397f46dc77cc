package io.jenkins.plugins.githubenvsecrets.engine.audit;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The record set a row of the audit names, from the words the row shows ({@link RecordRow#scope()}'s noun, the
 * application's path segment, and so on), as a page's form carries them back to forget a record. The inverse of how a
 * row is made from its record set.
 */
public final class RowScopes {
    private RowScopes() {
    }

    /**
     * @param scope {@code environment}, {@code repository} or {@code organization}
     * @param application {@code actions}, {@code dependabot} or {@code codespaces}; blank means Actions
     * @param repository {@code owner/name}, for an environment's or a repository's
     * @param organization the login, for an organization's
     * @param environment the environment's name, for an environment's
     * @param kind {@code secret} or {@code variable}
     * @throws IllegalArgumentException naming what is missing or not valid
     */
    public static RecordScope of(String server, String scope, String application, String repository,
            String organization, String environment, String kind) {
        TargetKind targetKind = byNoun(TargetKind.values(), TargetKind::noun, scope, "scope");
        Application app = application == null || application.isBlank() ? Application.ACTIONS
                : Application.parse(application);
        Target target = switch (targetKind) {
            case ENVIRONMENT -> new EnvironmentTarget(RepositoryCoordinates.parse(required(repository, "repository")),
                    EnvironmentName.of(required(environment, "environment")));
            case REPOSITORY -> new RepositoryTarget(RepositoryCoordinates.parse(required(repository, "repository")),
                    app);
            case ORGANIZATION -> new OrganizationTarget(new OrganizationName(required(organization, "organization")),
                    app);
        };
        if (targetKind == TargetKind.ENVIRONMENT && app != Application.ACTIONS) {
            throw new IllegalArgumentException("An environment's secrets and variables belong to Actions, not to "
                    + app.displayName());
        }
        return new RecordScope(required(server, "server"), target,
                byNoun(ValueKind.values(), ValueKind::noun, kind, "kind"));
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("No " + what + " given");
        }
        return value.strip();
    }

    private static <T> T byNoun(T[] values, Function<T, String> noun, String given, String what) {
        String wanted = required(given, what).toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(value -> noun.apply(value).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such " + what + ": '" + given + "'"));
    }
}
