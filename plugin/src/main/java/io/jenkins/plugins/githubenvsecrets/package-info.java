/** The Jenkins layer: pipeline step, freestyle build step, global defaults and build action, thin on the engine. */
package io.jenkins.plugins.githubenvsecrets;
