package io.jenkins.plugins.githubenvsecrets.engine.benchmark.mask;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * A deterministic Maven/Gradle-like build log of an exact size. In a realistic log a secret shows up about once
 * every thousand lines; in a dense one, in about every other line, raw or base64-encoded.
 */
final class SyntheticBuildLog {
    static final int SIZE = 1 << 18;

    private static final String[] GROUPS = {"org/apache/maven/plugins", "com/fasterxml/jackson/core",
        "org/junit/jupiter", "io/netty", "org/springframework/boot", "com/google/guava", "org/slf4j"};
    private static final String[] ARTIFACTS = {"maven-surefire-plugin", "jackson-databind", "junit-jupiter-api",
        "netty-handler", "spring-boot-starter-web", "guava", "slf4j-api", "commons-lang3", "okhttp"};
    private static final String[] WORDS = {"resolve", "compile", "test", "package", "install", "deploy", "cache",
        "worker", "daemon", "configuration", "dependency", "artifact", "module", "classpath", "resources"};
    private static final String[] TASKS = {"compileJava", "processResources", "classes", "compileTestJava", "test",
        "jar", "assemble", "check", "build", "javadoc"};

    private SyntheticBuildLog() {
    }

    static byte[] realistic(List<String> secrets) {
        return generate(secrets, 1000);
    }

    static byte[] dense(List<String> secrets) {
        return generate(secrets, 2);
    }

    private static byte[] generate(List<String> secrets, int linesPerSecret) {
        Random random = new Random(42);
        StringBuilder log = new StringBuilder(SIZE + 512);
        long line = 0;
        while (log.length() < SIZE) {
            line++;
            if (random.nextInt(linesPerSecret) == 0) {
                secretLine(log, secrets.get(random.nextInt(secrets.size())), random);
            } else {
                buildLine(log, line, random);
            }
            log.append('\n');
        }
        byte[] bytes = Arrays.copyOf(log.toString().getBytes(StandardCharsets.UTF_8), SIZE);
        bytes[SIZE - 1] = '\n';
        return bytes;
    }

    private static void secretLine(StringBuilder log, String secret, Random random) {
        switch (random.nextInt(4)) {
            case 0:
                log.append("+ curl -sSf -H 'Authorization: token ").append(secret)
                        .append("' https://api.github.com/repos/acme/web/environments");
                break;
            case 1:
                log.append("[INFO] Using registry credentials ")
                        .append(Base64.getEncoder().encodeToString(("ci:" + secret).getBytes(StandardCharsets.UTF_8)));
                break;
            case 2:
                log.append("+ export DEPLOY_TOKEN=").append(secret);
                break;
            default:
                log.append("[DEBUG] Configuring http header Authorization=Bearer ").append(secret)
                        .append(" for repository central");
        }
    }

    private static void buildLine(StringBuilder log, long line, Random random) {
        String artifact = pick(ARTIFACTS, random);
        String version = random.nextInt(6) + "." + random.nextInt(20) + "." + random.nextInt(10);
        switch (random.nextInt(8)) {
            case 0:
                log.append("[INFO] Downloading from central: https://repo.maven.apache.org/maven2/")
                        .append(pick(GROUPS, random)).append('/').append(artifact).append('/').append(version)
                        .append('/').append(artifact).append('-').append(version).append(".pom");
                break;
            case 1:
                log.append("[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/")
                        .append(pick(GROUPS, random)).append('/').append(artifact).append('/').append(version)
                        .append('/').append(artifact).append('-').append(version).append(".jar (")
                        .append(random.nextInt(900) + 1).append(" kB at ").append(random.nextInt(9000) + 100)
                        .append(" kB/s)");
                break;
            case 2:
                log.append("[INFO] Tests run: ").append(random.nextInt(200)).append(", Failures: 0, Errors: 0, ")
                        .append("Skipped: ").append(random.nextInt(3)).append(", Time elapsed: ")
                        .append(random.nextInt(20)).append('.').append(random.nextInt(1000))
                        .append(" s -- in com.acme.").append(pick(WORDS, random)).append('.')
                        .append(capitalized(pick(WORDS, random))).append("Test");
                break;
            case 3:
                log.append("> Task :").append(pick(WORDS, random)).append(':').append(pick(TASKS, random))
                        .append(random.nextBoolean() ? " UP-TO-DATE" : "");
                break;
            case 4:
                log.append(String.format("%02d:%02d:%02d.%03d [main] DEBUG o.a.m.p.%s - %s %s for %s",
                        line / 3600 % 24, line / 60 % 60, line % 60, random.nextInt(1000), pick(WORDS, random),
                        capitalized(pick(WORDS, random)), pick(WORDS, random), artifact));
                break;
            case 5:
                log.append("[WARNING] /home/jenkins/workspace/acme-web_main/src/main/java/com/acme/")
                        .append(capitalized(pick(WORDS, random))).append(".java:[").append(random.nextInt(400))
                        .append(',').append(random.nextInt(80)).append("] ").append(pick(WORDS, random))
                        .append("() in ").append(artifact).append(" has been deprecated");
                break;
            case 6:
                log.append("+ git rev-parse HEAD\n").append(Long.toHexString(random.nextLong()))
                        .append(Long.toHexString(random.nextLong())).append(Integer.toHexString(random.nextInt()));
                break;
            default:
                log.append("[INFO] --- ").append(artifact).append(':').append(version).append(':')
                        .append(pick(WORDS, random)).append(" (default-").append(pick(WORDS, random))
                        .append(") @ acme-web ---");
        }
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
