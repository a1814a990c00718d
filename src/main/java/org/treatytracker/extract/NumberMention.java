package org.treatytracker.extract;

import java.math.BigDecimal;

/**
 * A number in the text, at UTF-16 offsets [start, end) of the whole article.
 *
 * @param percent     written as a percentage ("80 %", "80 per cent")
 * @param spelled     written in words ("sept", "twenty-one")
 * @param approximate the form itself is approximate ("une dizaine", "a dozen")
 */
public record NumberMention(int start, int end, BigDecimal value, boolean percent, boolean spelled,
                            boolean approximate) {

    /** A bare four-digit number that reads as a year (1800-2100), e.g. "2015". */
    public boolean yearLike() {
        return !spelled && !percent && value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(1800)) >= 0
                && value.compareTo(BigDecimal.valueOf(2100)) <= 0 && end - start == 4;
    }

    public boolean whole() {
        return value.stripTrailingZeros().scale() <= 0;
    }

    public int intValue() {
        return value.intValue();
    }
}
