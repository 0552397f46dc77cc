package io.jenkins.plugins.githubenvsecrets;

import hudson.AbortException;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SecretSealer;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SodiumSource;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SodiumUnavailableException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.SystemProperties;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The sealer of every sync, over the libsodium an administrator chose with the system property {@value #PROPERTY}:
 * {@code bundled} (the default), the build that the plugin carries for this platform, copied once to
 * {@code $JENKINS_HOME/github-environment-secrets/libsodium/}; or {@code system}, the operating system's library,
 * for platforms without a bundled build such as Alpine. The first sync that loads a library settles it until Jenkins
 * restarts; until then each sync reads the property again.
 */
@Restricted(NoExternalUse.class)
public final class Sealers {
    static final String PROPERTY = "io.jenkins.plugins.githubenvsecrets.libsodium";
    /** Relative to the Jenkins home. */
    static final String FOLDER = "github-environment-secrets/libsodium";

    private static final Logger LOGGER = Logger.getLogger(Sealers.class.getName());

    private Sealers() {
    }

    /**
     * Called before a sync sends anything, so that a controller without libsodium sends nothing.
     *
     * @throws AbortException if no libsodium could be loaded; the message says what to install or set
     */
    public static SecretSealer get() throws AbortException {
        String choice = SystemProperties.getString(PROPERTY, "bundled").strip();
        boolean system;
        switch (choice.toLowerCase(Locale.ROOT)) {
            case "bundled" -> system = false;
            case "system" -> system = true;
            default -> throw new AbortException(Messages.Problem_SodiumChoice(PROPERTY, choice));
        }
        SodiumSource source = system ? SodiumSource.system() : SodiumSource.bundledCopyIn(folder());
        try {
            return SecretSealer.using(source);
        } catch (SodiumUnavailableException | LinkageError e) {
            LOGGER.log(Level.WARNING, "libsodium could not be loaded from " + source, e);
            String problem = String.valueOf(e.getMessage());
            throw new AbortException(system ? Messages.Problem_SystemSodiumUnavailable(problem, PROPERTY)
                    : Messages.Problem_BundledSodiumUnavailable(problem, PROPERTY));
        }
    }

    private static Path folder() {
        return Jenkins.get().getRootDir().toPath().resolve(FOLDER);
    }
}
