package com.novastoryteller.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The benchmarks' percentiles, by the nearest-rank method. */
public final class Percentile {

    private Percentile() {
    }

    public static double of(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }
}
