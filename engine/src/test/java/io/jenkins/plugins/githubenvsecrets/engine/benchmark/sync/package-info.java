/** A benchmark of whole syncs against the GitHub fake on scaled time: requests and wall time against their floor. */
package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;
