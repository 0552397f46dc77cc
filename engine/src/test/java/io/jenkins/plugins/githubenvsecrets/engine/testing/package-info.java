/**
 * A GitHub REST API fake for tests: repositories, environments, sealed-box secrets, faults and request checks; and the
 * sealer the tests use.
 */
package io.jenkins.plugins.githubenvsecrets.engine.testing;
