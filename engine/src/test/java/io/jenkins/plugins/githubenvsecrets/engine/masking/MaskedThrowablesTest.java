package io.jenkins.plugins.githubenvsecrets.engine.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class MaskedThrowablesTest {
    private static final String SECRET = "ghp_s3cr3tT0kenValue";
    private final SecretMask mask = SecretMask.builder().add("GITHUB_TOKEN", SECRET.toCharArray()).build();

    @Test
    void shouldMaskTheMessageAndKeepTheClassNameAndStackTrace() {
        IllegalStateException original = new IllegalStateException("token " + SECRET + " rejected");

        MaskedException masked = mask.apply(original);

        assertThat(masked.getMessage()).isEqualTo("token **** rejected");
        assertThat(masked.getOriginalClassName()).isEqualTo("java.lang.IllegalStateException");
        assertThat(masked).hasToString("java.lang.IllegalStateException: token **** rejected");
        assertThat(masked.getStackTrace()).containsExactly(original.getStackTrace());
        assertThat(original.getMessage()).contains(SECRET);
    }

    @Test
    void shouldMaskEveryCauseAndSuppressedException() {
        IOException root = new IOException("connect with " + SECRET);
        UncheckedIOException middle = new UncheckedIOException("wrapped " + SECRET, root);
        RuntimeException top = new RuntimeException(middle);
        IllegalArgumentException suppressed = new IllegalArgumentException("cleanup " + SECRET,
                new IllegalStateException("inner " + SECRET));
        top.addSuppressed(suppressed);

        MaskedException masked = mask.apply(top);

        assertThat(masked.getMessage()).isEqualTo("java.io.UncheckedIOException: wrapped ****");
        assertThat(masked.getCause()).hasToString("java.io.UncheckedIOException: wrapped ****");
        assertThat(masked.getCause().getCause()).hasToString("java.io.IOException: connect with ****");
        assertThat(masked.getCause().getCause().getCause()).isNull();
        assertThat(masked.getSuppressed()).singleElement()
                .hasToString("java.lang.IllegalArgumentException: cleanup ****")
                .satisfies(s -> assertThat(s.getCause()).hasToString("java.lang.IllegalStateException: inner ****"));
        assertThat(printed(masked)).doesNotContain(SECRET).contains("Suppressed: java.lang.IllegalArgumentException")
                .contains("Caused by: java.io.IOException: connect with ****");
    }

    @Test
    void shouldCopyACauseCycleOnce() {
        CyclicException first = new CyclicException("first " + SECRET);
        CyclicException second = new CyclicException("second " + SECRET);
        first.initCause(second);
        second.initCause(first);

        MaskedException masked = mask.apply(first);

        assertThat(masked.getCause()).hasToString(CyclicException.class.getName() + ": second ****");
        assertThat(masked.getCause().getCause()).isSameAs(masked);
        assertThat(printed(masked)).doesNotContain(SECRET).contains("CIRCULAR REFERENCE");
    }

    @Test
    void shouldCopyASuppressedExceptionThatRefersBackToItsOwner() {
        RuntimeException outer = new RuntimeException("outer " + SECRET);
        RuntimeException inner = new RuntimeException("inner " + SECRET, outer);
        outer.addSuppressed(inner);
        inner.addSuppressed(outer);

        MaskedException masked = mask.apply(outer);

        Throwable maskedInner = masked.getSuppressed()[0];
        assertThat(maskedInner).hasToString("java.lang.RuntimeException: inner ****");
        assertThat(maskedInner.getCause()).isSameAs(masked);
        assertThat(maskedInner.getSuppressed()).containsExactly(masked);
        assertThat(printed(masked)).doesNotContain(SECRET);
    }

    @Test
    void shouldKeepAMissingMessageMissing() {
        MaskedException masked = mask.apply(new NullPointerException());

        assertThat(masked.getMessage()).isNull();
        assertThat(masked).hasToString("java.lang.NullPointerException");
    }

    @Test
    void shouldKeepTheOriginalClassNameWhenMaskingTwice() {
        MaskedException once = mask.apply(new IOException("once " + SECRET));

        MaskedException twice = mask.apply(once);

        assertThat(twice).hasToString("java.io.IOException: once ****");
    }

    private static String printed(Throwable throwable) {
        StringWriter out = new StringWriter();
        throwable.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** An exception whose cause can be set after construction, to build a cycle. */
    private static final class CyclicException extends Exception {
        private static final long serialVersionUID = 1L;

        CyclicException(String message) {
            super(message);
        }
    }
}
