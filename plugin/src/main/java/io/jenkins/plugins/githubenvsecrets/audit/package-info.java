/**
 * The audit pages: every secret this Jenkins wrote, under Manage Jenkins, and the secrets a job owns, on the job.
 * Both show what the record of syncs holds, never a value or a fingerprint, and link only to what the viewer may see.
 */
package io.jenkins.plugins.githubenvsecrets.audit;
