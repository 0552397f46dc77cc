package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fingerprints a value with a keyed MAC that only this installation can compute, bound to the record set (such as
 * the environment), the secret's name and the job that writes it, so equal values elsewhere, or written by another
 * job, give unrelated fingerprints: a job can only ever match a value it wrote itself, and a stolen store reveals
 * nothing.
 */
public final class SecretFingerprinter {
    /** A keyed MAC; Jenkins supplies its confidential key's MAC, tests an HMAC with a fixed key. */
    @FunctionalInterface
    public interface MacFunction {
        byte[] mac(byte[] message);
    }

    private final MacFunction mac;

    public SecretFingerprinter(MacFunction mac) {
        this.mac = Objects.requireNonNull(mac, "mac");
    }

    /** HMAC-SHA256 under {@code key}; the array is copied. */
    public static SecretFingerprinter hmacSha256(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key.clone(), "HmacSHA256");
        // A Mac is costly to set up and not thread safe: one per thread, reset by doFinal.
        ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
            try {
                Mac hmac = Mac.getInstance("HmacSHA256");
                hmac.init(spec);
                return hmac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
            }
        });
        return new SecretFingerprinter(message -> macs.get().doFinal(message));
    }

    /**
     * @param job the full name of the job that writes, or empty for a caller without jobs
     */
    public String fingerprint(RecordScope scope, String job, SecretName name, SecretValue value) {
        byte[] message = message(scope, job, name, value);
        try {
            return Base64.getEncoder().encodeToString(mac.mac(message));
        } finally {
            Arrays.fill(message, (byte) 0);
        }
    }

    /** Length-prefixed fields, so that no two different inputs share a message; one array, cleared by the caller. */
    private static byte[] message(RecordScope scope, String job, SecretName name, SecretValue value) {
        byte[] domain = "github-environment-secrets/fingerprint/v2".getBytes(StandardCharsets.UTF_8);
        byte[] where = scope.fingerprintBinding().getBytes(StandardCharsets.UTF_8);
        byte[] who = job.getBytes(StandardCharsets.UTF_8);
        byte[] which = name.value().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = value.copyUtf8();
        try {
            ByteBuffer message = ByteBuffer.allocate(
                    5 * Integer.BYTES + domain.length + where.length + who.length + which.length + bytes.length);
            for (byte[] field : new byte[][] {domain, where, who, which, bytes}) {
                message.putInt(field.length).put(field);
            }
            return message.array();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
