package io.newsrel.annotate;

import io.newsrel.Stage.Capability;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a stage reads of a sentence beyond its tokens, and where: for each per-sentence capability
 * ({@link Capability#POS}, {@link Capability#LEMMAS}, {@link Capability#PARSE}) a
 * {@link SentenceSelector}. A stage returns one from {@link io.newsrel.Stage#sentenceNeeds()}; the
 * pipeline joins those of its stages and the annotator computes each capability on the sentences
 * selected for it, adding the tags lemmas and parse need: a lemma or a parse is computed from the
 * sentence's tags, so a sentence selected for either is tagged too.
 *
 * <pre>{@code
 * public SentenceNeeds sentenceNeeds() {
 *     return SentenceNeeds.of(Set.of(Capability.POS, Capability.LEMMAS, Capability.PARSE), candidates);
 * }
 * }</pre>
 *
 * @param selectors per capability, the sentences it is needed on; only per-sentence capabilities
 */
public record SentenceNeeds(Map<Capability, SentenceSelector> selectors) {

    public SentenceNeeds {
        for (Capability capability : selectors.keySet()) {
            if (!capability.perSentence()) {
                throw new IllegalArgumentException(capability + " is not computed per sentence");
            }
        }
        selectors = selectors.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(selectors));
    }

    public static SentenceNeeds none() {
        return new SentenceNeeds(Map.of());
    }

    /** The per-sentence capabilities among {@code capabilities}, on the sentences {@code where} selects. */
    public static SentenceNeeds of(Collection<Capability> capabilities, SentenceSelector where) {
        Map<Capability, SentenceSelector> selectors = new EnumMap<>(Capability.class);
        for (Capability capability : capabilities) {
            if (capability.perSentence()) {
                selectors.put(capability, where);
            }
        }
        return new SentenceNeeds(selectors);
    }

    /** The per-sentence capabilities among {@code capabilities}, on every sentence. */
    public static SentenceNeeds everywhere(Collection<Capability> capabilities) {
        return of(capabilities, SentenceSelector.ALL);
    }

    /** These needs and {@code capabilities} on the sentences {@code where} selects. */
    public SentenceNeeds and(Collection<Capability> capabilities, SentenceSelector where) {
        return union(of(capabilities, where));
    }

    /** Each capability on the sentences either needs it on. */
    public SentenceNeeds union(SentenceNeeds other) {
        Map<Capability, SentenceSelector> joined = new EnumMap<>(Capability.class);
        joined.putAll(selectors);
        other.selectors.forEach((capability, where) -> joined.merge(capability, where, SentenceSelector::or));
        return new SentenceNeeds(joined);
    }

    /** These needs in a document where {@code gate} selects some sentence; nothing elsewhere. */
    public SentenceNeeds onlyIf(SentenceSelector gate) {
        Map<Capability, SentenceSelector> gated = new EnumMap<>(Capability.class);
        selectors.forEach((capability, where) -> gated.put(capability, where.onlyIf(gate)));
        return new SentenceNeeds(gated);
    }

    public Set<Capability> capabilities() {
        return selectors.keySet();
    }

    /** The sentences a capability is needed on: none when it is not needed. */
    public BitSet select(Capability capability, SentenceContext document) {
        SentenceSelector where = selectors.get(capability);
        return where == null ? new BitSet() : document.selected(where);
    }

    /** Sentences needing each capability, with the tags that lemmas and a parse are computed from. */
    public Selected select(SentenceContext document) {
        BitSet lemmas = select(Capability.LEMMAS, document);
        BitSet parse = select(Capability.PARSE, document);
        BitSet pos = select(Capability.POS, document);
        pos.or(lemmas);
        pos.or(parse);
        return new Selected(pos, lemmas, parse);
    }

    /** The sentences selected for each per-sentence capability of one document. */
    public record Selected(BitSet pos, BitSet lemmas, BitSet parse) {
    }
}
