package io.jenkins.plugins.githubenvsecrets.credentials;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.EnvVars;
import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Reads each secret's value at run time, in the run's context, and hands it to the request (with where it came from:
 * the credential id, or {@code env:VARIABLE}) and to the log mask. A value that cannot be read becomes a problem of
 * the request, so that every problem is reported at once. The copies this class makes are cleared as soon as both
 * have taken theirs.
 */
@Restricted(NoExternalUse.class)
public final class SecretValueReader {
    private final Run<?, ?> run;
    private final EnvVars env;
    private final Optional<Set<String>> sensitiveVariables;
    private final SyncRequest.Builder request;
    private final SecretMask.Builder mask;
    private final List<String> warnings = new ArrayList<>();

    /**
     * @param sensitiveVariables the variables the build holds as secret (bound credentials, password parameters): a
     *     value read from any other variable may already have been shown, and earns a warning; empty when the build
     *     cannot say, and then nothing is said
     */
    public SecretValueReader(Run<?, ?> run, EnvVars env, Optional<Set<String>> sensitiveVariables,
            SyncRequest.Builder request, SecretMask.Builder mask) {
        this.run = run;
        this.env = env;
        this.sensitiveVariables = sensitiveVariables.map(Set::copyOf);
        this.request = request;
        this.mask = mask;
    }

    /** What the log should say about the values read, such as a variable that the build does not hold as secret. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public void read(SecretSource source) {
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
        if (sensitiveVariables.isPresent() && !sensitiveVariables.get().contains(variable)) {
            warnings.add(Messages.Log_EnvironmentVariableNotSensitive(label(name), variable));
        }
        addChars(name, value.toCharArray(), "env:" + variable);
    }

    private void readCredential(String name, SecretSource source) {
        String id = source.getCredentialsId();
        try {
            StandardCredentials credential = CredentialsProvider.findCredentialById(id, StandardCredentials.class,
                    run, List.of());
            if (credential == null) {
                request.problem(Messages.Problem_CredentialNotFound(label(name), id,
                        Messages.Problem_NotVisibleCauses()));
                SystemScopedCredentials.noteIfSystemScoped(id, run);
                return;
            }
            CredentialsProvider.track(run, credential);
            if (source.isUsernameAsValue()) {
                readUsername(name, id, credential);
            } else if (GitHubApps.isApp(credential)) {
                // Its password is an installation token that GitHub lets expire within the hour.
                request.problem(Messages.Problem_GitHubAppAsValue(label(name), id));
            } else if (credential instanceof StringCredentials text) {
                addChars(name, text.getSecret().getPlainText().toCharArray(), id);
            } else if (credential instanceof FileCredentials file) {
                readFile(name, id, file);
            } else if (credential instanceof StandardUsernamePasswordCredentials password) {
                addChars(name, password.getPassword().getPlainText().toCharArray(), id);
            } else if (credential instanceof SSHUserPrivateKey key) {
                addChars(name, privateKeys(key.getPrivateKeys()), id);
            } else {
                request.problem(Messages.Problem_CredentialWrongType(label(name), id, typeName(credential)));
            }
        } catch (RuntimeException e) {
            // A credential provider failed (an external store); the request masks every problem before showing it.
            request.problem(Messages.Problem_CredentialUnreadable(label(name), id, String.valueOf(e.getMessage())));
        }
    }

    private void readUsername(String name, String id, StandardCredentials credential) {
        if (credential instanceof StandardUsernamePasswordCredentials password) {
            addChars(name, password.getUsername().toCharArray(), id);
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
            char[] chars = strictUtf8(bytes);
            if (chars == null) {
                request.problem(Messages.Problem_FileNotUtf8(label(name), id));
                return;
            }
            try {
                mask.add(name, chars);
            } finally {
                Arrays.fill(chars, '\0');
            }
            request.secretFromUtf8(name, bytes, id);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private void addChars(String name, char[] value, String source) {
        try {
            mask.add(name, value);
            request.secret(name, value, source);
        } finally {
            Arrays.fill(value, '\0');
        }
    }

    /**
     * The file's text, or null when its bytes are not valid UTF-8: GitHub would store them as sent, but they could not
     * be masked as the log shows them, and whoever reads the secret in a workflow expects text. Decodes into a buffer
     * of its own, which it clears, so no partial copy is left behind on failure either.
     */
    @CheckForNull
    private static char[] strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // UTF-8 never gives more characters than bytes.
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        try {
            CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), decoded, true);
            if (result.isUnderflow()) {
                result = decoder.flush(decoded);
            }
            if (!result.isUnderflow()) {
                return null;
            }
            decoded.flip();
            char[] chars = new char[decoded.remaining()];
            decoded.get(chars);
            return chars;
        } finally {
            Arrays.fill(decoded.array(), '\0');
        }
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

    /** {@code a Certificate}, {@code an SSH Username with private key}: the type's name with its article. */
    private static String typeName(StandardCredentials credential) {
        return IndefiniteArticle.of(credential.getDescriptor().getDisplayName());
    }

    private static String label(String name) {
        return name.isEmpty() ? Messages.Problem_UnnamedSecret() : name;
    }
}
