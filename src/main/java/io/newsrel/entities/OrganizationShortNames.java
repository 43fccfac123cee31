package io.newsrel.entities;

import io.newsrel.util.DataFile;
import io.newsrel.util.Resources;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The full names of international bodies and news agencies that news writes by a short form
 * ("EU", "UN", "AP"), read from {@code models/lexicons/organization-short-names.tsv}. An entity takes
 * the full name: its short form is no name the output can stand by, and the article may spell the
 * body out elsewhere.
 */
public final class OrganizationShortNames {

    static final String SHIPPED = "/models/lexicons/organization-short-names.tsv";

    private final Map<String, String> fullNames;

    private OrganizationShortNames(Map<String, String> fullNames) {
        this.fullNames = Map.copyOf(fullNames);
    }

    public static OrganizationShortNames shipped() {
        Map<String, String> names = new HashMap<>();
        for (DataFile.Line line : DataFile.lines(Resources.open(SHIPPED, "organisation short names"), SHIPPED)) {
            String[] fields = line.text().split("\t");
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException(line.where() + ": expected a short form, a tab and the full name");
            }
            names.put(key(fields[0]), fields[1].strip());
        }
        return new OrganizationShortNames(names);
    }

    /** The full name of a short form as written ("U.N." → "United Nations"), if it is one. */
    public Optional<String> fullName(String written) {
        String key = key(written);
        // written in capitals, as short forms are: "Au" or "Ap" in a headline are something else
        return written.strip().replace(".", "").equals(key) ? Optional.ofNullable(fullNames.get(key)) : Optional.empty();
    }

    private static String key(String written) {
        return written.strip().replace(".", "").toUpperCase(Locale.ROOT);
    }
}
