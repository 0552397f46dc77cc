package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Copies an exception graph into {@link MaskedException}s with masked messages. Each original is copied once, so
 * a cause or suppressed exception that refers back to an earlier one (a cycle) points to the earlier copy.
 */
final class MaskedThrowables {
    private final UnaryOperator<String> maskText;
    private final Map<Throwable, MaskedException> copies = new IdentityHashMap<>();

    MaskedThrowables(UnaryOperator<String> maskText) {
        this.maskText = maskText;
    }

    MaskedException copy(Throwable original) {
        MaskedException existing = copies.get(original);
        if (existing != null) {
            return existing;
        }
        MaskedException top = shallowCopy(original);
        // Causes are followed in a loop, not by recursion: chains can be long.
        MaskedException copy = top;
        Throwable current = original;
        while (true) {
            copySuppressed(current, copy);
            Throwable cause = current.getCause();
            if (cause == null || cause == current) {
                return top;
            }
            MaskedException copiedCause = copies.get(cause);
            if (copiedCause != null) {
                copy.initCause(copiedCause);
                return top;
            }
            MaskedException next = shallowCopy(cause);
            copy.initCause(next);
            copy = next;
            current = cause;
        }
    }

    private void copySuppressed(Throwable original, MaskedException copy) {
        for (Throwable suppressed : original.getSuppressed()) {
            if (suppressed != original) {
                copy.addSuppressed(copy(suppressed));
            }
        }
    }

    private MaskedException shallowCopy(Throwable original) {
        String className = original instanceof MaskedException
                ? ((MaskedException) original).getOriginalClassName()
                : original.getClass().getName();
        String message = original.getLocalizedMessage();
        MaskedException copy = new MaskedException(className, message == null ? null : maskText.apply(message));
        copy.setStackTrace(original.getStackTrace());
        copies.put(original, copy);
        return copy;
    }
}
