package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;

/**
 * The token permissions each target and kind needs, in GitHub's words: a classic token's scope, and a fine-grained
 * token's (or GitHub App's) permission. One place, for the hints of failed requests and for checks that cannot prove
 * write access short of writing.
 */
public final class TokenPermissions {
    private TokenPermissions() {
    }

    /**
     * GitHub's name of the fine-grained permission: {@code Environments} for an environment's secrets and variables,
     * {@code Variables} for a repository's or an organization's variables, {@code Secrets},
     * {@code Dependabot secrets} or {@code Codespaces secrets} for their secrets.
     */
    public static String permission(Target target, ValueKind kind) {
        if (target.kind() == TargetKind.ENVIRONMENT) {
            return "Environments";
        }
        if (kind == ValueKind.VARIABLE) {
            return "Variables";
        }
        Application application = target.application();
        return application == Application.ACTIONS ? "Secrets" : application.displayName() + " secrets";
    }

    /**
     * What writing needs, as a sentence: for an organization, a classic token's {@code admin:org} scope or the
     * organization permission; else the {@code repo} scope or the repository permission, such as {@code 'Dependabot
     * secrets: write'}.
     */
    public static String toWrite(Target target, ValueKind kind) {
        if (target instanceof OrganizationTarget) {
            return "A classic personal access token needs the 'admin:org' scope (and 'repo' for private"
                    + " repositories); a fine-grained token or a GitHub App needs the organization permission '"
                    + permission(target, kind) + ": write'.";
        }
        return "A classic personal access token needs the 'repo' scope; a fine-grained token or a GitHub App needs"
                + " access to the repository with the repository permission '" + permission(target, kind)
                + ": write'.";
    }
}
