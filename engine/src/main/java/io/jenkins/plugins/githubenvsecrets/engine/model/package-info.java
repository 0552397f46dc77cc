/**
 * Immutable, validated values of a sync: repository, environment, organization and secret names, the targets GitHub
 * keeps secrets and variables by (with the one rule of which application and kind each supports), which repositories
 * of an organization may read its secrets and variables, and secret values that never show themselves.
 */
package io.jenkins.plugins.githubenvsecrets.engine.model;
