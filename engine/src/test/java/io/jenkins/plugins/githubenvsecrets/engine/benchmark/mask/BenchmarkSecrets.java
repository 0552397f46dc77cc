package io.jenkins.plugins.githubenvsecrets.engine.benchmark.mask;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic, made-up secrets shaped like real ones: tokens, cloud keys, passwords. */
final class BenchmarkSecrets {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE64ISH = ALPHANUMERIC + "+/";
    private static final String PASSWORD = ALPHANUMERIC + "!#$%&()*+,-.:;<=>?@[]^_{|}~'\"";

    private BenchmarkSecrets() {
    }

    static List<String> generate(int count) {
        Random random = new Random(20_260_101L + count);
        List<String> secrets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            switch (i % 4) {
                case 0:
                    secrets.add("ghp_" + random(random, ALPHANUMERIC, 36));
                    break;
                case 1:
                    secrets.add(random(random, BASE64ISH, 40));
                    break;
                case 2:
                    secrets.add(random(random, PASSWORD, 12 + random.nextInt(9)));
                    break;
                default:
                    secrets.add("xoxb-" + random(random, "0123456789", 12) + "-" + random(random, ALPHANUMERIC, 24));
            }
        }
        return secrets;
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return value.toString();
    }
}
