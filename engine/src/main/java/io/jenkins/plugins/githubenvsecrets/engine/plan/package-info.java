/** Deciding what a sync does to one environment: pure functions of desired and existing state, no I/O. */
package io.jenkins.plugins.githubenvsecrets.engine.plan;
