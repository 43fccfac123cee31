package io.newsrel.relations.transfer;

import io.newsrel.relations.transfer.TransferCandidate.Context;

/** How a context ties the deal together: system named or by its kind, where recipient and supplier are known from. */
final class LinkFeatures implements FeatureFamily {

    @Override
    public void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out) {
        out.add("system", context.system().name());
        out.add("recipient", context.recipient().name());
        out.add("supplier", context.supplier().name());
        out.add("links", context.system() + "&" + context.recipient() + "&" + context.supplier());
        out.add("company", "nearby", context.company() != null);
    }
}
