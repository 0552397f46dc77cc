package io.jenkins.plugins.githubenvsecrets;

import com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey;
import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.util.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;

/**
 * The credentials the tests publish from, with values distinctive enough to be searched for in logs and files. None
 * of them may ever be found there.
 */
public final class TestCredentials {
    public static final String TOKEN_ID = "github-token";
    public static final String TOKEN = "ghp_TestTokenNeverShown0123456789abcd";
    public static final String TOKEN_AS_PASSWORD_ID = "github-user-token";
    public static final String TOKEN_USER = "jenkins-bot";

    public static final String TEXT_ID = "api-key";
    public static final String TEXT = "text-secret-4f1c9a2e-value";
    /** What {@link #TEXT_ID} holds once a test has changed it. */
    public static final String TEXT_CHANGED = "text-secret-changed-5b0e7d31";
    public static final String FILE_ID = "settings-file";
    public static final String FILE = "file-secret-88e2d1\nsecond-line-b71f03\n";
    public static final String USER_PASSWORD_ID = "deploy-login";
    public static final String USERNAME = "deploy-user-31b7c5";
    public static final String PASSWORD = "password-secret-c0d3e4f5";
    public static final String SSH_KEY_ID = "deploy-key";
    public static final String SSH_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + "b3BlbnNzaC1rZXktdjEAAAAAtestkeymaterial9f2a6c\n"
            + "-----END OPENSSH PRIVATE KEY-----\n";
    public static final String SSH_PASSPHRASE = "ssh-passphrase-5e6f7a8b";
    public static final String BOUND_ID = "bound-text";
    public static final String BOUND = "bound-env-secret-77aa19";

    /** Every value above that is secret, for the leak checks. */
    public static final List<String> SECRET_VALUES = List.of(TOKEN, TEXT, TEXT_CHANGED, FILE, FILE.strip(), USERNAME,
            PASSWORD, SSH_KEY.strip(), "b3BlbnNzaC1rZXktdjEAAAAAtestkeymaterial9f2a6c", SSH_PASSPHRASE, BOUND);

    private TestCredentials() {
    }

    public static void addAll() throws Exception {
        add(new StringCredentialsImpl(CredentialsScope.GLOBAL, TOKEN_ID, "GitHub token", Secret.fromString(TOKEN)));
        add(new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, TOKEN_AS_PASSWORD_ID, "GitHub token as password",
                TOKEN_USER, TOKEN));
        add(new StringCredentialsImpl(CredentialsScope.GLOBAL, TEXT_ID, "text", Secret.fromString(TEXT)));
        add(new FileCredentialsImpl(CredentialsScope.GLOBAL, FILE_ID, "file", "settings.txt",
                SecretBytes.fromRawBytes(FILE.getBytes(StandardCharsets.UTF_8))));
        add(new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, USER_PASSWORD_ID, "login", USERNAME,
                PASSWORD));
        add(new BasicSSHUserPrivateKey(CredentialsScope.GLOBAL, SSH_KEY_ID, "git",
                new BasicSSHUserPrivateKey.DirectEntryPrivateKeySource(SSH_KEY), SSH_PASSPHRASE, "ssh key"));
        add(new StringCredentialsImpl(CredentialsScope.GLOBAL, BOUND_ID, "bound", Secret.fromString(BOUND)));
    }

    /** Puts {@code credentials} in place of the global credential with the same id, as editing it would. */
    public static void replace(StandardCredentials credentials) throws IOException {
        SystemCredentialsProvider provider = SystemCredentialsProvider.getInstance();
        provider.getCredentials().removeIf(existing -> existing instanceof IdCredentials identified
                && identified.getId().equals(credentials.getId()));
        provider.getCredentials().add(credentials);
        provider.save();
    }

    public static void add(Credentials credentials) throws IOException {
        SystemCredentialsProvider provider = SystemCredentialsProvider.getInstance();
        provider.getCredentials().add(credentials);
        provider.save();
    }
}
