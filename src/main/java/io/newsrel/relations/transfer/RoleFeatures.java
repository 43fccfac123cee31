package io.newsrel.relations.transfer;

import io.newsrel.relations.transfer.TransferCandidate.Context;
import java.util.Optional;

/**
 * What the hand-written role cues ({@link TriggerRoles}) read in the context sentence: the side
 * they give the candidate's recipient and supplier, and by which cue.
 */
final class RoleFeatures implements FeatureFamily {

    @Override
    public void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out) {
        Optional<RoleReading> roles = reading.roles(context.sentence());
        if (roles.isEmpty()) {
            return;
        }
        RoleReading r = roles.get();
        Side recipientSide = r.sideOf(candidate.recipient().kbId());
        Side supplierSide = r.sideOf(candidate.supplier());
        out.add("roles", "recipient=" + name(recipientSide));
        out.add("roles", "supplier=" + name(supplierSide));
        out.add("roles", "recipient=" + name(recipientSide) + "&supplier=" + name(supplierSide));
        String recipientCue = r.cues().get(candidate.recipient().kbId());
        if (recipientCue != null) {
            out.add("roles", "recipientCue=" + recipientCue + "&" + name(recipientSide));
        }
        String supplierCue = r.cues().get(candidate.supplier());
        if (supplierCue != null) {
            out.add("roles", "supplierCue=" + supplierCue + "&" + name(supplierSide));
        }
        out.add("roles", "otherSupplier", r.supplierCode() != null && !r.supplierCode().equals(candidate.supplier()));
        out.add("roles", "noSupplierRead", r.supplierCode() == null);
        out.add("roles", "fms", r.fmsSupplier());
        out.add("roles", "recipientCued", r.recipientCued());
        out.add("roles", "supplierCued", r.supplierCued());
        if (r.company() != null) {
            out.add("roles", "company=" + (candidate.supplier().equals(r.company().attrs().get("country")) ? "agrees"
                    : "other"));
        }
    }

    private static String name(Side side) {
        return side == null ? "none" : side.name();
    }
}
