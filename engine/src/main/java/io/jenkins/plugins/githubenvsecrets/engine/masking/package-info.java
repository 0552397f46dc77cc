/**
 * Masking of secret values: a streaming byte mask for build logs, masked copies of exceptions, and the scrubbing of
 * text from elsewhere (a server's answers), which also looks through the encodings such text may hide a value in.
 */
package io.jenkins.plugins.githubenvsecrets.engine.masking;
