/**
 * Running a sync over targets (environments of repositories, repositories, an organization): validating the request,
 * resolving it, reading each target's state and key, planning, sealing secrets and writing secrets and variables, and
 * reporting what happened to every one; and the connection check of a configuration form.
 */
package io.jenkins.plugins.githubenvsecrets.engine.sync;
