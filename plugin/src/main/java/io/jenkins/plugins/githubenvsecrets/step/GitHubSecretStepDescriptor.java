package io.jenkins.plugins.githubenvsecrets.step;

import hudson.EnvVars;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What the three steps' descriptors share: the context they need and the form methods of the fields every scope has.
 * Stapler routes a descriptor's web methods from its whole class hierarchy, so each step's form reaches these under
 * its own descriptor's URL; the fields of a scope have their methods on that scope's descriptor.
 */
public abstract class GitHubSecretStepDescriptor extends StepDescriptor {
    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        // No FilePath, no Launcher: the steps run on the controller and need no agent.
        return Set.of(Run.class, TaskListener.class, EnvVars.class);
    }

    @POST
    public FormValidation doCheckApiUrl(@AncestorInPath Item item, @QueryParameter String value) {
        return SyncForms.checkApiUrl(item, value);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId,
            @QueryParameter String apiUrl) {
        return SyncForms.fillCredentialsIdItems(item, credentialsId, apiUrl);
    }
}
