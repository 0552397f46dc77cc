/**
 * Immutable, validated values of a sync: repository, environment and secret names, and secret values that never show
 * themselves.
 */
package io.jenkins.plugins.githubenvsecrets.engine.model;
