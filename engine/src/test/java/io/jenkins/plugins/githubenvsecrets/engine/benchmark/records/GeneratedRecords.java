package io.jenkins.plugins.githubenvsecrets.engine.benchmark.records;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A Jenkins' records as generated for the benchmark: environments production, staging and qa of repositories
 * acme/repo0, acme/repo1, ..., each with the same number of secrets, owned and written by jobs team/job0 ... in turn,
 * from credentials credential-0 to credential-6, with fingerprints of HMAC-SHA256's length.
 */
final class GeneratedRecords {
    static final String API_URL = "https://api.github.com";
    private static final List<String> ENVIRONMENTS = List.of("production", "staging", "qa");
    private static final Instant WRITTEN = Instant.parse("2026-11-01T08:00:00Z");

    private final int perEnvironment;
    private final int jobs;
    private final List<RecordScope> scopes;

    GeneratedRecords(int total, int perEnvironment, int jobs) {
        this.perEnvironment = perEnvironment;
        this.jobs = jobs;
        this.scopes = IntStream.range(0, Math.max(1, total / perEnvironment)).mapToObj(GeneratedRecords::scope)
                .toList();
    }

    List<RecordScope> scopes() {
        return scopes;
    }

    int total() {
        return scopes.size() * perEnvironment;
    }

    /** The records of the {@code index}th environment. */
    Map<SecretName, SecretRecord> records(int index) {
        Map<SecretName, SecretRecord> records = new LinkedHashMap<>();
        for (int s = 0; s < perEnvironment; s++) {
            String job = job(index + s);
            records.put(SecretName.of("SECRET_" + s), new SecretRecord(fingerprint(index, s), WRITTEN.plusSeconds(s),
                    Set.of(job), "credential-" + (s % 7), new WrittenBy(job, 1 + s), WRITTEN.plusSeconds(s)));
        }
        return records;
    }

    /** The job that owns and wrote the {@code n}th record of an environment's turn. */
    String job(int n) {
        return jobName(n % jobs);
    }

    static String jobName(int n) {
        return "team/job" + n;
    }

    private static RecordScope scope(int index) {
        return RecordScope.environmentSecrets(API_URL, new RepositoryCoordinates("acme", "repo" + index / 3),
                EnvironmentName.of(ENVIRONMENTS.get(index % 3)));
    }

    /** 32 bytes in base64, as an HMAC-SHA256 is, different for every secret. */
    static String fingerprint(int environment, int secret) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (environment * 31 + secret * 17 + i * 7);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}
