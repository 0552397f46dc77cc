package io.jenkins.plugins.githubenvsecrets;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import jenkins.model.Jenkins;

/** Who may use the form methods: those who may configure the job, or administrators outside a job. */
final class FormPermissions {
    private FormPermissions() {
    }

    /** For methods that only describe input: they answer nothing to others. */
    static boolean canConfigure(@CheckForNull Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    /** For methods that use a credential: others are refused outright. */
    static void checkConfigure(@CheckForNull Item item) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
    }
}
