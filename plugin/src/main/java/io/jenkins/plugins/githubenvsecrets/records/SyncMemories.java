package io.jenkins.plugins.githubenvsecrets.records;

import io.jenkins.plugins.githubenvsecrets.engine.audit.IndexedRecords;
import io.jenkins.plugins.githubenvsecrets.engine.state.FileFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretFingerprinter;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncMemory;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.security.HMACConfidentialKey;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Where syncs remember what they wrote, in Jenkins' own storage: one small file of keyed fingerprints per record set
 * under the Jenkins home (never a value), laid out as Jenkins lays out its fingerprints, and the fingerprints' key
 * among Jenkins' confidential keys, so that the files alone let no one test a guess. The engine decides what to skip
 * and what to prune; this only says where.
 */
@Restricted(NoExternalUse.class) // public for the audit pages and the job listener only
public final class SyncMemories {
    /** Relative to the Jenkins home. */
    static final String FOLDER = "github-environment-secrets";
    private static final Logger LOGGER = Logger.getLogger(SyncMemories.class.getName());

    /**
     * Created on first use and kept in Jenkins' confidential store under this id. The id is written out, not taken
     * from the class's name: it names the class where the key began, and a new id would make a new key, so that
     * every secret would be written once more.
     */
    private static final HMACConfidentialKey KEY =
            new HMACConfidentialKey("io.jenkins.plugins.githubenvsecrets.SyncMemories.fingerprint");

    /** One index per Jenkins home: read from the files once per start, then kept up to date as syncs save. */
    private static final Map<Path, IndexedRecords> INDEXES = new ConcurrentHashMap<>();

    private SyncMemories() {
    }

    /** {@code $JENKINS_HOME/github-environment-secrets}. */
    public static Path folder() {
        return Jenkins.get().getRootDir().toPath().resolve(FOLDER);
    }

    /**
     * The memory for one sync. The store locks each record set across all syncs of this Jenkins, so one per sync is
     * safe.
     *
     * @param warnings told, as well as the Jenkins log, when a record cannot be read or written; a sentence without
     *     any value that names the record set, and not its file: the build log is read by whoever may read the job,
     *     and the place of the Jenkins home is the administrator's; the Jenkins log names the file
     */
    public static SyncMemory open(Consumer<String> warnings) {
        return new SyncMemory(FileFingerprintStore.withWarnings(folder(), warning -> {
            LOGGER.warning(warning.withFile());
            warnings.accept(warning.file() == null ? warning.message()
                    : Messages.Warning_FileInJenkinsLog(warning.message()));
        }), new SecretFingerprinter(KEY::mac));
    }

    /**
     * The records themselves: to forget one, and for tests.
     *
     * @param warnings told when a record cannot be read or written; a sentence without any value
     */
    public static FingerprintStore store(Consumer<String> warnings) {
        return new FileFingerprintStore(folder(), warnings);
    }

    /** The index of every record, for the audit pages and to follow renamed and deleted jobs. */
    public static IndexedRecords index() {
        return INDEXES.computeIfAbsent(folder(),
                folder -> new IndexedRecords(new FileFingerprintStore(folder, LOGGER::warning)));
    }
}
