/** Sealing secret values for GitHub with libsodium's sealed boxes. The only package that touches lazysodium. */
package io.jenkins.plugins.githubenvsecrets.engine.crypto;
