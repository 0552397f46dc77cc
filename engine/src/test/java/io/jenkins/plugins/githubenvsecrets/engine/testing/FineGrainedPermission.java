package io.jenkins.plugins.githubenvsecrets.engine.testing;

/**
 * The permissions of a fine-grained token or a GitHub App that the fake's routes ask for, by GitHub's names. Each
 * route family needs exactly one: read to get and list, write to change.
 */
public enum FineGrainedPermission {
    /** Repository "Administration": write creates environments. */
    ADMINISTRATION,
    /** Repository "Environments": environment secrets and variables. */
    ENVIRONMENTS,
    /** Repository "Secrets": the repository's Actions secrets. */
    SECRETS,
    /** Repository "Dependabot secrets". */
    DEPENDABOT_SECRETS,
    /** Repository "Codespaces secrets". */
    CODESPACES_SECRETS,
    /** Repository "Variables": the repository's variables. */
    VARIABLES,
    /** Organization "Secrets": the organization's Actions secrets and their selected repositories. */
    ORGANIZATION_SECRETS,
    /** Organization "Dependabot secrets". */
    ORGANIZATION_DEPENDABOT_SECRETS,
    /** Organization "Codespaces secrets". */
    ORGANIZATION_CODESPACES_SECRETS,
    /** Organization "Variables": the organization's variables and their selected repositories. */
    ORGANIZATION_VARIABLES
}
