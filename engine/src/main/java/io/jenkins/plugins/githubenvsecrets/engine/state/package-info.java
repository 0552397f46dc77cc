/**
 * What earlier syncs wrote: keyed fingerprints of values, GitHub's {@code updated_at}, and which sync identities
 * declared each secret. It lets a sync skip unchanged secrets and prune only its own. It never holds a value, and
 * nothing in it lets one be recovered.
 */
package io.jenkins.plugins.githubenvsecrets.engine.state;
