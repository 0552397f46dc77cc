/**
 * Sealing secret values for GitHub with libsodium's sealed boxes, and loading libsodium: the copy bundled for this
 * platform, copied once to a folder the caller owns, or the system's library when asked. The only package that
 * touches lazysodium and JNA.
 */
package io.jenkins.plugins.githubenvsecrets.engine.crypto;
