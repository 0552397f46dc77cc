package io.jenkins.plugins.githubenvsecrets.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.config.FormChecks;
import io.jenkins.plugins.githubenvsecrets.config.FormPermissions;
import java.io.Serializable;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One secret to publish: its GitHub name and where its value comes from, a Jenkins credential or an environment
 * variable of the build. There is deliberately no way to give the value itself: it would end up in the job's
 * configuration or the pipeline's flow graph.
 */
public final class SecretSource implements Describable<SecretSource>, Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private String credentialsId;
    private String fromEnv;
    private boolean usernameAsValue;

    @DataBoundConstructor
    public SecretSource(@CheckForNull String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    /** The secret's name on GitHub. */
    @NonNull
    public String getName() {
        return Util.fixNull(name);
    }

    /** The credential holding the value: secret text, secret file, username with password or SSH key. */
    @NonNull
    public String getCredentialsId() {
        return Util.fixNull(credentialsId);
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /** The build's environment variable holding the value, e.g. one bound by {@code withCredentials}. */
    @NonNull
    public String getFromEnv() {
        return Util.fixNull(fromEnv);
    }

    @DataBoundSetter
    public void setFromEnv(@CheckForNull String fromEnv) {
        this.fromEnv = Util.fixEmptyAndTrim(fromEnv);
    }

    /** For a username with password credential: publish the username instead of the password. */
    public boolean isUsernameAsValue() {
        return usernameAsValue;
    }

    @DataBoundSetter
    public void setUsernameAsValue(boolean usernameAsValue) {
        this.usernameAsValue = usernameAsValue;
    }

    @Override
    public String toString() {
        return "SecretSource[" + getName() + (credentialsId != null ? " credential " + credentialsId : "")
                + (fromEnv != null ? " env " + fromEnv : "") + "]";
    }

    /** The secret row of the step's and the build step's forms. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<SecretSource> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.SecretSource_DisplayName();
        }

        @POST
        public FormValidation doCheckName(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormPermissions.canConfigure(item)) {
                return FormValidation.ok();
            }
            return FormChecks.secretName(value);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String credentialsId) {
            return CredentialsLists.secretValues(item, credentialsId);
        }
    }
}
