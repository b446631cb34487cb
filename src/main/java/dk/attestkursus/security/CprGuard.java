package dk.attestkursus.security;

/**
 * Whether a text looks like it holds a CPR number (decision 007: a citizen's CPR number never enters the
 * platform). The detector lives in {@code base}, above this feature, which asks through this interface.
 */
public interface CprGuard {

    boolean containsCpr(String text);
}
