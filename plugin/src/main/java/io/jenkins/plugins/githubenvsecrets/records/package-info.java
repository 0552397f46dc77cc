/**
 * Where syncs keep the record of what they wrote (keyed fingerprints in Jenkins' home, the key among Jenkins'
 * confidential keys), and keeping that record true as jobs come and go: a renamed or moved job takes what it owns
 * along, a deleted job gives it up, and a job created under an old name inherits nothing.
 */
package io.jenkins.plugins.githubenvsecrets.records;
