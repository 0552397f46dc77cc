/**
 * What earlier syncs wrote, one record set per target and kind ({@link
 * io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope}): keyed fingerprints of values, GitHub's time of each
 * write, and which sync identities declare each secret. It lets a sync skip unchanged secrets and prune only its own.
 * Each set is kept in a file of its own and locked on its own. It never holds a value, and nothing in it lets one be
 * recovered.
 */
package io.jenkins.plugins.githubenvsecrets.engine.state;
