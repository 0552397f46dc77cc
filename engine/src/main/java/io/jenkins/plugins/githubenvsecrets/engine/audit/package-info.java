/**
 * The audit of what this Jenkins wrote: every record of the fingerprint store as a row that says where a secret
 * lives, where its value came from, who owns it and who wrote it last, sorted and filtered, from an index kept up to
 * date as the store saves. The same index finds the record sets a renamed or deleted job appears in. A row never
 * carries a fingerprint, so nothing shown from here can help test a guess of a value.
 */
package io.jenkins.plugins.githubenvsecrets.engine.audit;
