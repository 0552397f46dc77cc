/**
 * The three Pipeline steps (an environment's, a repository's and an organization's secrets and variables) over one
 * abstract step and one settings class, and the freestyle build step with its choice of scope; the one runner that
 * turns them into the engine's request and its report into a masked log, the step's result and the build's record;
 * the form methods their descriptors share, Test connection included.
 */
package io.jenkins.plugins.githubenvsecrets.step;
