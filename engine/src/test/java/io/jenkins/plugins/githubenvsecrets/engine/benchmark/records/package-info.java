/**
 * A benchmark of the record store as syncs use it: one environment's load and updates at 1,000, 10,000 and 100,000
 * records, against the single file of versions 1 and 2 side by side, and the audit index's views at the largest size.
 */
package io.jenkins.plugins.githubenvsecrets.engine.benchmark.records;
