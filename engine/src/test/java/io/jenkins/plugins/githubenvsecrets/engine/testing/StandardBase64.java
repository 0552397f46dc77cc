package io.jenkins.plugins.githubenvsecrets.engine.testing;

/**
 * The OpenAPI pattern for {@code encrypted_value}, {@code ^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$},
 * checked by hand: a backtracking regex over a 64 KB value can overflow the stack.
 */
final class StandardBase64 {
    static final String OPENAPI_PATTERN =
            "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$";

    private StandardBase64() {
    }

    static boolean matches(String value) {
        int length = value.length();
        if (length < 4 || length % 4 != 0) {
            return false;
        }
        int padding = 0;
        while (padding < 2 && value.charAt(length - 1 - padding) == '=') {
            padding++;
        }
        for (int i = 0; i < length - padding; i++) {
            if (!isAlphabet(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphabet(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }
}
