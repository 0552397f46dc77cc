package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.Objects;

/**
 * An organization variable as GitHub lists it: name, value (never shown) and times, and which repositories may read
 * it. For {@link Visibility#SELECTED} the repositories themselves come from {@link GitHubClient#selectedRepositories}.
 */
public record OrganizationVariable(VariableMetadata variable, Visibility visibility) {
    public OrganizationVariable {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(visibility, "visibility");
    }
}
