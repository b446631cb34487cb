package dk.attestkursus.content;

/**
 * The picture shown with a myth's answer, drawn on the server. Every kind carries a full text
 * alternative, {@link #alt()}, for screen readers.
 */
public sealed interface MythPicture {

    String alt();

    /** A ring showing a share of 100: {@code value} of 100, with labels for the share and the rest. */
    record Proportion(int value, String part, String rest, String alt) implements MythPicture {}

    /** One big number or short word with a caption. */
    record BigNumber(String value, String caption, String alt) implements MythPicture {}

    /** Two short panels, before and after, with an arrow between them. */
    record BeforeAfter(String before, String after, String alt) implements MythPicture {}
}
