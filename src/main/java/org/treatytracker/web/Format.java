package org.treatytracker.web;

import java.util.List;

/** The {@code format} query parameter: {@code csv} or {@code json}, in any case (the rule is {@link Csv#wanted}). */
public enum Format {
    CSV, JSON;

    public static Format of(String text) {
        return Csv.wanted(text, List.of()) ? CSV : JSON;
    }
}
