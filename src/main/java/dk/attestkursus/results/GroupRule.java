package dk.attestkursus.results;

import dk.attestkursus.courserun.PeopleInReach;

/**
 * The privacy rule of every figure about people: it is shown only when at least {@value #MIN_PEOPLE}
 * people are behind it; smaller groups show "for få deltagere" instead. Applied block by block (one
 * team on one run, decision 015), so that no two views can be subtracted down to fewer people.
 */
public final class GroupRule {

    /** The same five the statistics services ask of every group ({@link PeopleInReach#MIN_PEOPLE}). */
    public static final int MIN_PEOPLE = PeopleInReach.MIN_PEOPLE;

    private GroupRule() {}

    public static boolean shows(int people) {
        return people >= MIN_PEOPLE;
    }
}
