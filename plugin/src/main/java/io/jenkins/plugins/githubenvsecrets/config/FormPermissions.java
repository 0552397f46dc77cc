package io.jenkins.plugins.githubenvsecrets.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Who may use the form methods: those who may configure the job, or administrators outside a job. */
@Restricted(NoExternalUse.class)
public final class FormPermissions {
    private FormPermissions() {
    }

    /** For methods that only describe input: they answer nothing to others. */
    public static boolean canConfigure(@CheckForNull Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    /** For methods that use a credential: others are refused outright. */
    public static void checkConfigure(@CheckForNull Item item) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
    }
}
