package org.treatytracker.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.treatytracker.catalog.NameKey;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.PartyAlias;
import org.treatytracker.catalog.Treaty;

/**
 * Finds states and treaties by any of their names: English, French, codes and every alias on record,
 * compared as {@link NameKey}s (case, accents and punctuation do not matter). A name equal to the
 * query ranks first, then names starting with it, then names with a word starting with it.
 */
final class CatalogSearch {

    static final int MIN_LENGTH = 2;
    private static final int LIMIT = 50;

    private CatalogSearch() {
    }

    /** Whether a query is long enough to search with (a single letter matches half the catalog). */
    static boolean searchable(String query) {
        return NameKey.of(query).length() >= MIN_LENGTH;
    }

    static List<NameHit> states(String query, PageContext context) {
        String key = NameKey.of(query);
        Map<String, List<String>> aliases = new HashMap<>();
        for (PartyAlias alias : PartyAlias.<PartyAlias>listAll()) {
            aliases.computeIfAbsent(alias.party.code, code -> new ArrayList<>()).add(alias.alias);
        }
        List<Ranked> found = new ArrayList<>();
        for (Party state : Party.states()) {
            String shown = context.language().isFrench() ? state.nameFr : state.nameEn;
            List<String> names = Stream.concat(Stream.of(shown, state.nameEn, state.nameFr, state.iso3, state.iso2),
                    aliases.getOrDefault(state.code, List.of()).stream()).toList();
            best(key, names).ifPresent(match -> found.add(new Ranked(match.rank(), shown,
                    new NameHit(state.iso3, shown, context.link("/states/" + state.iso3), differentFrom(shown, state.iso3, match.name())))));
        }
        return ranked(found);
    }

    static List<NameHit> treaties(String query, PageContext context) {
        String key = NameKey.of(query);
        List<Ranked> found = new ArrayList<>();
        for (Treaty treaty : Treaty.listOrdered()) {
            String shown = name(treaty, context);
            List<String> names = Stream.concat(Stream.of(shown, treaty.code, treaty.nameEn, treaty.nameFr),
                    treaty.aliases.stream().map(alias -> alias.alias)).toList();
            best(key, names).ifPresent(match -> found.add(new Ranked(match.rank(), shown,
                    new NameHit(treaty.code, shown, context.link("/treaties/" + treaty.code), differentFrom(shown, treaty.code, match.name())))));
        }
        return ranked(found);
    }

    static List<NameHit> allTreaties(PageContext context) {
        return Treaty.listOrdered().stream()
                .map(treaty -> new NameHit(treaty.code, name(treaty, context), context.link("/treaties/" + treaty.code), null))
                .toList();
    }

    static String name(Treaty treaty, PageContext context) {
        return context.language().isFrench() ? treaty.nameFr : treaty.nameEn;
    }

    private record Match(int rank, String name) {
    }

    private record Ranked(int rank, String name, NameHit hit) {
    }

    /** The best-ranked of {@code names} for the query key (0 equal, 1 starts with it, 2 a word starts with it), if any matches. */
    private static java.util.Optional<Match> best(String key, List<String> names) {
        Match best = null;
        for (String name : names) {
            if (name == null) {
                continue;
            }
            String candidate = NameKey.of(name);
            int rank = candidate.equals(key) ? 0 : candidate.startsWith(key) ? 1 : (" " + candidate).contains(" " + key) ? 2 : -1;
            if (rank >= 0 && (best == null || rank < best.rank())) {
                best = new Match(rank, name);
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The name that matched, when the hit does not already show it (as its name or its code). */
    private static String differentFrom(String shown, String code, String matched) {
        String key = NameKey.of(matched);
        return key.equals(NameKey.of(shown)) || key.equals(NameKey.of(code)) ? null : matched;
    }

    private static List<NameHit> ranked(List<Ranked> found) {
        return found.stream()
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparing(Ranked::name, String.CASE_INSENSITIVE_ORDER))
                .limit(LIMIT)
                .map(Ranked::hit)
                .toList();
    }
}
