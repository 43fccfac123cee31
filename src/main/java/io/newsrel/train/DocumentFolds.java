package io.newsrel.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A split of documents into k folds for cross-validation by document: each document lies in
 * exactly one fold, folds differ in size by at most one, and the split depends only on the
 * documents' ids and the seed (not on their order in the file).
 *
 * @param <T> what a document is
 */
public final class DocumentFolds<T> {

    private final List<List<T>> folds;

    private DocumentFolds(List<List<T>> folds) {
        this.folds = folds;
    }

    /** Splits {@code documents} into {@code k} folds, shuffled by {@code seed} after sorting by id. */
    public static <T> DocumentFolds<T> split(List<T> documents, Function<T, String> id, int k, long seed) {
        if (k < 2 || k > documents.size()) {
            throw new IllegalArgumentException("cannot split " + documents.size() + " documents into " + k + " folds");
        }
        List<T> shuffled = new ArrayList<>(documents);
        shuffled.sort(java.util.Comparator.comparing(id));
        Collections.shuffle(shuffled, new Random(seed));
        List<List<T>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % k).add(shuffled.get(i));
        }
        return new DocumentFolds<>(folds.stream().map(List::copyOf).toList());
    }

    public int size() {
        return folds.size();
    }

    /** The documents scored in fold {@code f}. */
    public List<T> test(int f) {
        return folds.get(f);
    }

    /** The documents a fold's model is trained on: those of every other fold. */
    public List<T> training(int f) {
        List<T> training = new ArrayList<>();
        for (int other = 0; other < folds.size(); other++) {
            if (other != f) {
                training.addAll(folds.get(other));
            }
        }
        return training;
    }
}
