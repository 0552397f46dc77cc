/**
 * The Pipeline step and the freestyle build step: the settings they share, the one runner that turns them into the
 * engine's request and its report into a masked log, the step's result and the build's record, and the form methods
 * their descriptors share, Test connection included.
 */
package io.jenkins.plugins.githubenvsecrets.step;
