package dk.attestkursus.results;

/**
 * The privacy rule of every figure about people: it is shown only when at least {@value #MIN_PEOPLE}
 * people are behind it; smaller groups show "for få deltagere" instead. Applied block by block (one
 * team on one run, decision 015), so that no two views can be subtracted down to fewer people.
 */
public final class GroupRule {

    public static final int MIN_PEOPLE = 5;

    private GroupRule() {}

    public static boolean shows(int people) {
        return people >= MIN_PEOPLE;
    }
}
