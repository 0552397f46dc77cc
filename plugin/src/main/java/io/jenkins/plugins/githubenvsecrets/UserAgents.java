package io.jenkins.plugins.githubenvsecrets;

import hudson.PluginWrapper;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The {@code User-Agent} GitHub sees: this plugin's name and version. */
@Restricted(NoExternalUse.class)
public final class UserAgents {
    static final String PRODUCT = "github-environment-secrets-jenkins";

    private UserAgents() {
    }

    public static String get() {
        Jenkins jenkins = Jenkins.getInstanceOrNull();
        PluginWrapper plugin = jenkins == null ? null : jenkins.getPluginManager().whichPlugin(UserAgents.class);
        // Snapshot versions read like "0.1.0-SNAPSHOT (private-abc-user)": keep the first word.
        String version = plugin == null ? "dev" : plugin.getVersion().split(" ", 2)[0];
        return PRODUCT + "/" + (version.isBlank() ? "dev" : version);
    }
}
