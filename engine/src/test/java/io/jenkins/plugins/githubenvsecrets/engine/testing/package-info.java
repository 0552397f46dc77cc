/**
 * A GitHub API fake for tests: organizations, repositories and environments with their sealed-box secrets (Actions,
 * Dependabot, Codespaces) and variables, organization visibility and selected repositories, repository lookups over
 * GraphQL, tokens with classic or fine-grained permissions, faults and request checks; and the sealer the tests use.
 */
package io.jenkins.plugins.githubenvsecrets.engine.testing;
