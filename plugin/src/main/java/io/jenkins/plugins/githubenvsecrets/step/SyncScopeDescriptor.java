package io.jenkins.plugins.githubenvsecrets.step;

import hudson.model.Descriptor;
import java.util.List;

/**
 * The descriptor of a freestyle scope. Its fields are the matching Pipeline step's, and so is their help: each field's
 * help page is the step's.
 */
public abstract class SyncScopeDescriptor extends Descriptor<SyncScope> {
    protected SyncScopeDescriptor(Class<? extends SyncScope> clazz, Class<? extends GitHubSecretStep> step,
            List<String> fields) {
        super(clazz);
        for (String field : fields) {
            addHelpFileRedirect(field, step, field);
        }
    }
}
