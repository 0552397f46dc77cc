/**
 * Credentials, read in the run's context: the GitHub token (a token, or a GitHub App that mints one), each secret's
 * source and its value read as characters that are cleared once used, the credential drop-downs, and which build
 * variables Jenkins holds as secret.
 */
package io.jenkins.plugins.githubenvsecrets.credentials;
