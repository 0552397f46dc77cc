/**
 * Running a sync: validating the request, reading each environment's state and key, sealing and writing, and
 * reporting what happened to every secret.
 */
package io.jenkins.plugins.githubenvsecrets.engine.sync;
