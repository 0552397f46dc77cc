/**
 * The global configuration (default API URL and credential, the GitHub servers syncs may send tokens and values to),
 * and the form checks and permission gates that every form of the plugin uses.
 */
package io.jenkins.plugins.githubenvsecrets.config;
