package io.jenkins.plugins.githubenvsecrets.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Run;
import hudson.security.ACL;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * A build that asks for a credential it cannot find hears only that the id was not found or is not visible to it,
 * with the possible causes: that a credential of System scope holds the id is told to the Jenkins log alone, which
 * administrators read. Telling the build would let whoever configures a job, or writes its Jenkinsfile, learn which
 * ids the System credentials have, which the job's credential lists never show them.
 */
final class SystemScopedCredentials {
    private static final Logger LOGGER = Logger.getLogger(SystemScopedCredentials.class.getName());

    private SystemScopedCredentials() {
    }

    /** Tells the Jenkins log when the global credential {@code id}, which {@code run} could not use, is System's. */
    static void noteIfSystemScoped(String id, Run<?, ?> run) {
        StandardCredentials found;
        try {
            found = CredentialsProvider.findCredentialByIdInItemGroup(id, StandardCredentials.class, Jenkins.get(),
                    ACL.SYSTEM2, List.of());
        } catch (RuntimeException e) {
            return; // a credential provider failed: the build's own problem stands
        }
        if (found != null && found.getScope() == CredentialsScope.SYSTEM) {
            LOGGER.log(Level.WARNING, "{0} asked for credential ''{1}'', which has System scope: builds cannot use"
                    + " it. Give it Global scope, or let the job use another credential",
                    new Object[] {run.getFullDisplayName(), id});
        }
    }
}
