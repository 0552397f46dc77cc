/**
 * The GitHub client for the secrets and variables GitHub Actions reads, of environments, repositories and
 * organizations (Actions, Dependabot and Codespaces secrets): one method per endpoint on {@link
 * io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient}, served by small endpoint classes per family
 * (secrets, variables, selected repositories, repository ids through GraphQL); path-segment encoding, paging, typed
 * errors, bounded retries that obey GitHub's rate limits, and paced writes. The only package that touches OkHttp.
 */
package io.jenkins.plugins.githubenvsecrets.engine.github;
