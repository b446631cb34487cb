package dk.attestkursus.privacy;

/**
 * A column that refers to a person (an account id, or a name or e-mail copied from the account), and
 * what erasing that person does to it.
 */
public record PersonalColumn(String table, String column, Erasure erasure) {

    public PersonalColumn {
        table = table.toLowerCase(java.util.Locale.ROOT);
        column = column.toLowerCase(java.util.Locale.ROOT);
    }

    public static PersonalColumn of(String table, String column, Erasure erasure) {
        return new PersonalColumn(table, column, erasure);
    }

    /** What erasing the person does to a column of theirs. */
    public enum Erasure {
        /** The person's rows are deleted. */
        DELETED,
        /**
         * The row stays without its texts and refers to the tombstone only: it feeds other people's figures
         * (a rubric score, a vote, an attendance) and says nothing about who it was.
         */
        ANONYMOUS,
        /**
         * The person as the one who did something to another person's or a run's row (reviewed, opened a
         * poll, uploaded a file): the row stays and refers to the tombstone, which has no name.
         */
        ACTOR,
        /** A copy of the person's name or e-mail in another row: replaced by a neutral text or deleted. */
        SCRUBBED,
        /** The account itself, which becomes the tombstone. */
        TOMBSTONE
    }
}
