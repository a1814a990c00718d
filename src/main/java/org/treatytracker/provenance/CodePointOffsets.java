package org.treatytracker.provenance;

import java.util.Arrays;

/**
 * Converts between the UTF-16 indexes of one text (how Java strings count) and its code-point
 * offsets (how citations count), both ways in O(log n), after one pass over the text that records
 * where its surrogate pairs are. Most texts have none, and then both conversions are the identity.
 * Counting from the start of the text for each passage instead would make the work of placing k
 * passages in a text of n characters O(k n).
 */
public final class CodePointOffsets {

    private static final int[] NONE = new int[0];

    private final int codePoints;
    /** The UTF-16 index of each surrogate pair's high surrogate, ascending. */
    private final int[] pairs;

    private CodePointOffsets(int codePoints, int[] pairs) {
        this.codePoints = codePoints;
        this.pairs = pairs;
    }

    public static CodePointOffsets of(String text) {
        int[] pairs = NONE;
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == pairs.length) {
                    pairs = Arrays.copyOf(pairs, Math.max(16, count * 2));
                }
                pairs[count++] = i;
                i++;
            }
        }
        return new CodePointOffsets(text.length() - count, Arrays.copyOf(pairs, count));
    }

    /** The text's length in code points (a lone surrogate counts as one, as in {@link String#codePointCount}). */
    public int codePoints() {
        return codePoints;
    }

    /** The code-point offset of a UTF-16 index that starts a code point (or is the text's length). */
    public int codePointOffset(int index) {
        return index - pairsBefore(index);
    }

    /** The UTF-16 index of a code-point offset from 0 to {@link #codePoints()}. */
    public int utf16Index(int offset) {
        // pair p starts at code-point offset pairs[p] - p, which grows with p
        int low = 0;
        int high = pairs.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairs[mid] - mid < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return offset + low;
    }

    /** How many pairs start before UTF-16 index {@code index}. */
    private int pairsBefore(int index) {
        int at = Arrays.binarySearch(pairs, index);
        return at >= 0 ? at : -at - 1;
    }
}
