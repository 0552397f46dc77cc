package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.Objects;

/**
 * An organization secret as GitHub lists it: its metadata and which repositories may read it. For
 * {@link Visibility#SELECTED} the repositories themselves come from {@link GitHubClient#selectedRepositories}.
 */
public record OrganizationSecret(SecretMetadata secret, Visibility visibility) {
    public OrganizationSecret {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(visibility, "visibility");
    }
}
