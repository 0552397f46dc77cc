/**
 * The GitHub REST client for environment secrets: one method per endpoint, path-segment encoding, typed errors,
 * bounded retries that obey GitHub's rate limits, and paced writes. The only package that touches OkHttp.
 */
package io.jenkins.plugins.githubenvsecrets.engine.github;
