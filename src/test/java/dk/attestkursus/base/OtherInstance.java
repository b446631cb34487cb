package dk.attestkursus.base;

/**
 * A second instance's signals in the test's JVM: its own {@link ClusterSignals}, with an instance name of
 * its own, on the same schema's channel. What it publishes reaches the context's instance as another
 * instance's signal would; it hears what the context's instance publishes.
 */
public final class OtherInstance {

    private OtherInstance() {}

    /** Started; the caller stops it. */
    public static ClusterSignals signals(MunicipalJdbc jdbc) {
        ClusterSignals signals = new ClusterSignals(jdbc, true);
        signals.start();
        return signals;
    }
}
