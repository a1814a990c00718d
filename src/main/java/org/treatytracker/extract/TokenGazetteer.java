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
import org.treatytracker.names.NameKey;

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
    }

    @Override
    public List<NameMention> find(String text) {
        List<int[]> tokens = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
            keys.add(NameKey.of(token.group()));
        }
        List<NameMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int length = Math.min(longest, tokens.size() - i); length >= 1 && matched == 0; length--) {
                String key = String.join(" ", keys.subList(i, i + length));
                Entry entry = entries.get(key);
                int start = tokens.get(i)[0];
                int end = tokens.get(i + length - 1)[1];
                if (entry != null && fits(entry, text.substring(start, end))) {
                    mentions.add(new NameMention(start, end, entry.kind(), entry.code(), false));
                    matched = length;
                }
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
