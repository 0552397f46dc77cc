/** A GitHub REST API fake for tests: repositories, environments, sealed-box secrets, faults and request checks. */
package io.jenkins.plugins.githubenvsecrets.engine.testing;
