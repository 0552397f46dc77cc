/** JMH benchmark of the secret mask against a line-by-line regex mask like Jenkins' own; never run by the tests. */
package io.jenkins.plugins.githubenvsecrets.engine.benchmark.mask;
