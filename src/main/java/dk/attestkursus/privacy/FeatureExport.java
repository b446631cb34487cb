package dk.attestkursus.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One feature's part of a person's export: named lists of records (written as JSON, one file per feature)
 * and the files the person has there (PDFs).
 */
public record FeatureExport(Map<String, List<?>> data, List<ExportFile> files) {

    public FeatureExport {
        data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
        files = List.copyOf(files);
    }

    public static FeatureExport of(Map<String, List<?>> data) {
        return new FeatureExport(data, List.of());
    }

    /** How many things the feature holds about the person: every record and file. */
    public int items() {
        return data.values().stream().mapToInt(List::size).sum() + files.size();
    }

    /** A file in the export, under the feature's folder. */
    public record ExportFile(String name, byte[] bytes) {}
}
