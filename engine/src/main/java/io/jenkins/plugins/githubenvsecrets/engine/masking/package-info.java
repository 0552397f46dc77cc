/** Masking of secret values in build logs: a streaming byte mask for output streams, and masked copies of exceptions. */
package io.jenkins.plugins.githubenvsecrets.engine.masking;
