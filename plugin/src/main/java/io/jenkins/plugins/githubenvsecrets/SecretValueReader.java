package io.jenkins.plugins.githubenvsecrets;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.EnvVars;
import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Reads each secret's value at run time, in the run's context, and hands it to the request and to the log mask. A
 * value that cannot be read becomes a problem of the request, so that every problem is reported at once. The copies
 * this class makes are cleared as soon as both have taken theirs.
 */
final class SecretValueReader {
    private final Run<?, ?> run;
    private final EnvVars env;
    private final SyncRequest.Builder request;
    private final SecretMask.Builder mask;

    SecretValueReader(Run<?, ?> run, EnvVars env, SyncRequest.Builder request, SecretMask.Builder mask) {
        this.run = run;
        this.env = env;
        this.request = request;
        this.mask = mask;
    }

    void read(SecretSource source) {
        String name = source.getName();
        boolean fromCredential = !source.getCredentialsId().isEmpty();
        boolean fromEnv = !source.getFromEnv().isEmpty();
        if (fromCredential && fromEnv) {
            request.problem(Messages.Problem_BothSources(label(name)));
        } else if (fromEnv) {
            readEnvironmentVariable(name, source.getFromEnv());
        } else if (fromCredential) {
            readCredential(name, source);
        } else {
            request.problem(Messages.Problem_NoSource(label(name)));
        }
    }

    private void readEnvironmentVariable(String name, String variable) {
        String value = env.get(variable);
        if (value == null) {
            request.problem(Messages.Problem_EnvironmentVariableMissing(label(name), variable));
            return;
        }
        addChars(name, value.toCharArray());
    }

    private void readCredential(String name, SecretSource source) {
        String id = source.getCredentialsId();
        StandardCredentials credential = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
        if (credential == null) {
            request.problem(Messages.Problem_CredentialNotFound(label(name), id));
            return;
        }
        CredentialsProvider.track(run, credential);
        try {
            if (source.isUsernameAsValue()) {
                readUsername(name, id, credential);
            } else if (credential instanceof StringCredentials text) {
                addChars(name, text.getSecret().getPlainText().toCharArray());
            } else if (credential instanceof FileCredentials file) {
                readFile(name, id, file);
            } else if (credential instanceof StandardUsernamePasswordCredentials password) {
                addChars(name, password.getPassword().getPlainText().toCharArray());
            } else if (credential instanceof SSHUserPrivateKey key) {
                addChars(name, privateKeys(key.getPrivateKeys()));
            } else {
                request.problem(Messages.Problem_CredentialWrongType(label(name), id, typeName(credential)));
            }
        } catch (RuntimeException e) {
            // A credential provider failed (an external store, a GitHub App that cannot mint a token).
            request.problem(Messages.Problem_CredentialUnreadable(label(name), id, String.valueOf(e.getMessage())));
        }
    }

    private void readUsername(String name, String id, StandardCredentials credential) {
        if (credential instanceof StandardUsernamePasswordCredentials password) {
            addChars(name, password.getUsername().toCharArray());
        } else {
            request.problem(Messages.Problem_UsernameNeedsUsernamePassword(label(name), id, typeName(credential)));
        }
    }

    private void readFile(String name, String id, FileCredentials file) {
        byte[] bytes;
        try (InputStream content = file.getContent()) {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            request.problem(Messages.Problem_CredentialUnreadable(label(name), id, String.valueOf(e.getMessage())));
            return;
        }
        try {
            mask.add(name, maskChars(bytes));
            request.secretFromUtf8(name, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private void addChars(String name, char[] value) {
        try {
            mask.add(name, value);
            request.secret(name, value);
        } finally {
            Arrays.fill(value, '\0');
        }
    }

    /** The file's text as the log would show it; bytes that are not UTF-8 are left to the request to refuse. */
    private static char[] maskChars(byte[] bytes) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        char[] chars = new char[decoded.remaining()];
        decoded.get(chars);
        if (decoded.hasArray()) {
            Arrays.fill(decoded.array(), '\0');
        }
        return chars;
    }

    /** The credential's keys joined by line breaks; the passphrase is not part of the value. */
    private static char[] privateKeys(List<String> keys) {
        char[] buffer = new char[keys.stream().mapToInt(key -> key.length() + 1).sum()];
        int end = 0;
        for (String key : keys) {
            if (end > 0 && buffer[end - 1] != '\n') {
                buffer[end++] = '\n';
            }
            key.getChars(0, key.length(), buffer, end);
            end += key.length();
        }
        char[] chars = Arrays.copyOf(buffer, end);
        Arrays.fill(buffer, '\0');
        return chars;
    }

    private static String typeName(StandardCredentials credential) {
        return credential.getDescriptor().getDisplayName();
    }

    private static String label(String name) {
        return name.isEmpty() ? Messages.Problem_UnnamedSecret() : name;
    }
}
