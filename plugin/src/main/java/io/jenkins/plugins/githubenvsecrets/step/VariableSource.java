package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.githubenvsecrets.config.FormChecks;
import io.jenkins.plugins.githubenvsecrets.config.FormPermissions;
import java.io.Serializable;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One GitHub Actions variable to publish: its name and its value, given as text or read from an environment variable
 * of the build. A variable is no secret: anyone who can read the repository reads it, so its value may be written
 * here, and it never comes from a credential. {@code credentialsId} is accepted only to refuse it with a message that
 * points to secrets, rather than to drop it with structs' warning about an unknown parameter.
 */
public final class VariableSource implements Describable<VariableSource>, Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private String value;
    private String fromEnv;
    private String credentialsId;

    @DataBoundConstructor
    public VariableSource(@CheckForNull String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    /** The variable's name on GitHub. */
    @NonNull
    public String getName() {
        return Util.fixNull(name);
    }

    /** The value as written; an empty value is refused by the sync, as GitHub refuses it. */
    @NonNull
    public String getValue() {
        return Util.fixNull(value);
    }

    @DataBoundSetter
    public void setValue(@CheckForNull String value) {
        this.value = Util.fixEmpty(value);
    }

    /** The build's environment variable holding the value. */
    @NonNull
    public String getFromEnv() {
        return Util.fixNull(fromEnv);
    }

    @DataBoundSetter
    public void setFromEnv(@CheckForNull String fromEnv) {
        this.fromEnv = Util.fixEmptyAndTrim(fromEnv);
    }

    /** Never a valid source of a variable: set only to be refused. */
    @NonNull
    public String getCredentialsId() {
        return Util.fixNull(credentialsId);
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @Override
    public String toString() {
        // The value is no secret, but a toString is no place for it either.
        return "VariableSource[" + getName() + (fromEnv != null ? " env " + fromEnv : "")
                + (credentialsId != null ? " credential " + credentialsId : "") + "]";
    }

    /** The variable row of the steps' and the build step's forms. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<VariableSource> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.VariableSource_DisplayName();
        }

        @POST
        public FormValidation doCheckName(@AncestorInPath Item item, @QueryParameter String value) {
            return FormPermissions.canConfigure(item) ? FormChecks.variableName(value) : FormValidation.ok();
        }
    }
}
