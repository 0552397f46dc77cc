/**
 * Deciding what a sync does to the secrets, or the variables, of one target: pure functions of desired and existing
 * state, no I/O.
 */
package io.jenkins.plugins.githubenvsecrets.engine.plan;
