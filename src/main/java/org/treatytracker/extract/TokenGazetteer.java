package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatytracker.catalog.NameKey;

/**
 * A gazetteer that compares word sequences of the text with the known names under {@link NameKey}
 * (case, accents and apostrophe style do not matter), longest name first. Acronyms and codes
 * ("CAT", "UE") must appear exactly as written, so that the words "cat" or "ue" never match;
 * names of states and organisations must start with a capital, so "turkey" is not Türkiye.
 */
public final class TokenGazetteer implements Gazetteer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private record Entry(String code, NameKind kind, String exactSurface) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Map<String, List<String>>> protocols = new HashMap<>();
    private final int longest;
    /** The names' keys and their first words ("convention", "convention relative"...): a sequence no name starts with ends the search. */
    private final Set<String> prefixes = new HashSet<>();

    public TokenGazetteer(Collection<GazetteerName> names) {
        Set<String> ambiguous = new HashSet<>();
        int max = 1;
        for (GazetteerName name : names) {
            String key = NameKey.of(name.text());
            if (key.isEmpty()) {
                continue;
            }
            boolean acronym = name.text().chars().noneMatch(Character::isLowerCase);
            Entry entry = new Entry(name.code(), name.kind(), acronym ? name.text() : null);
            Entry previous = entries.putIfAbsent(key, entry);
            if (previous != null && !(previous.code().equals(entry.code()) && previous.kind() == entry.kind())) {
                ambiguous.add(key);
            }
            max = Math.max(max, key.split(" ").length);
            if (name.parent() != null) {
                protocols.computeIfAbsent(name.parent(), parent -> new TreeMap<>())
                        .computeIfAbsent(name.code(), code -> new ArrayList<>()).add(name.text());
            }
        }
        ambiguous.forEach(entries::remove);
        longest = max;
        for (String key : entries.keySet()) {
            for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
                prefixes.add(key.substring(0, space));
            }
            prefixes.add(key);
        }
    }

    @Override
    public List<NameMention> find(String text) {
        return find(text, ExtractionBudget.UNLIMITED);
    }

    @Override
    public List<NameMention> find(String text, ExtractionBudget budget) {
        List<int[]> tokens = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        // a text repeats its words: each distinct one is normalised once
        Map<String, String> keyOf = new HashMap<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            budget.check(tokens.size());
            tokens.add(new int[] {token.start(), token.end()});
            keys.add(keyOf.computeIfAbsent(token.group(), NameKey::of));
        }
        List<NameMention> mentions = new ArrayList<>();
        int i = 0;
        for (int step = 0; i < tokens.size(); step++) {
            budget.check(step);
            // the longest name that fits, reading on only while some name starts with the words read
            int matched = 0;
            Entry found = null;
            String key = keys.get(i);
            for (int length = 1; length <= Math.min(longest, tokens.size() - i); length++) {
                if (length > 1) {
                    key = key + " " + keys.get(i + length - 1);
                }
                if (!prefixes.contains(key)) {
                    break;
                }
                Entry entry = entries.get(key);
                if (entry != null && fits(entry, text.substring(tokens.get(i)[0], tokens.get(i + length - 1)[1]))) {
                    matched = length;
                    found = entry;
                }
            }
            if (found != null) {
                mentions.add(new NameMention(tokens.get(i)[0], tokens.get(i + matched - 1)[1], found.kind(), found.code(), false));
            }
            i += Math.max(matched, 1);
        }
        return mentions;
    }

    @Override
    public Map<String, List<String>> protocolsOf(String treaty) {
        return protocols.getOrDefault(treaty, Map.of());
    }

    @Override
    public Optional<String> parentOf(String protocol) {
        return protocols.entrySet().stream().filter(e -> e.getValue().containsKey(protocol)).map(Map.Entry::getKey).findFirst();
    }

    private static boolean fits(Entry entry, String surface) {
        if (entry.exactSurface() != null) {
            return surface.equals(entry.exactSurface());
        }
        return entry.kind() == NameKind.TREATY || Character.isUpperCase(surface.codePointAt(0));
    }
}
