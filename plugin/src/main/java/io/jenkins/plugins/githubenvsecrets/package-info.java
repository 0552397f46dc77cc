/**
 * The Jenkins layer over the engine, in rooms by concern: {@code step} (the Pipeline step and the freestyle build step,
 * one runner for both), {@code credentials} (the GitHub token and where each value comes from), {@code config} (the
 * global defaults, the allowed GitHub servers, form checks), {@code records} (what syncs wrote, kept true as jobs come
 * and go) and {@code audit} (the pages that show it). This package holds what every sync of the controller shares:
 * one HTTP client, one sealer, the write lanes and the User-Agent.
 */
package io.jenkins.plugins.githubenvsecrets;
