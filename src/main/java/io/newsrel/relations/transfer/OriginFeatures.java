package io.newsrel.relations.transfer;

import io.newsrel.relations.transfer.TransferCandidate.Context;

/**
 * Whether the supplier agrees with what is known of the system and the companies: the system's
 * origin (gazetteer), a nearby company's nationality; and whether the recipient is the system's
 * own country (domestic procurement is no transfer).
 */
final class OriginFeatures implements FeatureFamily {

    @Override
    public void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out) {
        if (context.company() != null) {
            out.add("origin", "companyNearby&" + context.supplier());
        }
    }

    @Override
    public void addCandidate(TransferCandidate candidate, DocumentReading reading, Features out) {
        String origin = candidate.system() == null ? null : candidate.system().attrs().get("country");
        String supplier = candidate.supplier();
        out.add("origin", candidate.system() == null ? "noSystem"
                : origin == null ? "unknown" : origin.equals(supplier) ? "agrees" : "differs");
        out.add("origin", "recipientIsOrigin", candidate.recipient().kbId().equals(origin));
        String maker = candidate.system() == null ? null : candidate.system().attrs().get("manufacturer");
        out.add("origin", "makerNamed", maker != null && reading.document().entities().stream()
                .anyMatch(e -> e.name().equals(maker)));
        out.add("origin", "supplierNamedInText", reading.document().countryEntity(supplier).isPresent());
    }
}
