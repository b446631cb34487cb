package dk.attestkursus.content;

/** A filter the form guide offers, e.g. "sygedagpenge" labelled "Sygedagpenge" (Danish, from content). */
public record FormTag(String key, String label) {}
