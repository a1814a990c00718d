package org.treatytracker.seed;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.treatytracker.catalog.NameKey;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.PartyAlias;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.catalog.TreatyAlias;
import org.treatytracker.claim.Fields;
import org.treatytracker.claim.Problems;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.Source;
import org.treatytracker.seed.SeedDocuments.Alias;
import org.treatytracker.seed.SeedDocuments.Article;
import org.treatytracker.seed.SeedDocuments.Organisation;
import org.treatytracker.seed.SeedDocuments.ReferenceSource;
import org.treatytracker.seed.SeedDocuments.TreatyRecord;
import org.treatytracker.web.Codes;

/**
 * Writes what facts refer to: sources, parties and treaties with the names they resolve under.
 * Rows that the seeds no longer name are removed by {@link #removeStale}, after stale facts are gone.
 */
final class CatalogWriter {

    private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z]{2,8}");

    private final Problems problems;
    private final Set<String> sourceIds = new HashSet<>();
    private final Set<String> partyCodes = new HashSet<>();
    private final Set<String> treatyCodes = new HashSet<>();

    CatalogWriter(Problems problems) {
        this.problems = problems;
    }

    /** @return the sources by id; their texts stay in the seed set */
    Map<String, Source> writeSources(SeedSet seeds) {
        Map<String, Source> written = new LinkedHashMap<>();
        for (Article article : nonNull(seeds.articles().articles())) {
            Fields fields = new Fields(problems, "articles.yaml: article '" + article.id() + "'");
            checkId(article.id(), fields);
            fields.required(article.title(), "title");
            fields.required(article.language(), "language");
            PartialDate published = fields.date(article.publishedOn(), "published_on", false);
            PartialDate.Basis basis = published == null ? null
                    : fields.enumValue(PartialDate.Basis.class, article.publishedOnBasis(), "published_on_basis", null);
            SeedSet.ArticleText text = seeds.articleTexts().get(article.id());
            if (!fields.ok() || text == null) {
                continue;
            }
            Source source = upsert(article.id());
            source.kind = Source.Kind.article;
            source.title = article.title();
            source.publisher = article.publisher();
            source.url = article.url();
            source.language = article.language();
            source.published = DatedValue.of(published, basis);
            source.publishedNote = article.publishedOnNote();
            source.body = text.text();
            source.sha256 = text.sha256();
            source.charLength = text.text().codePointCount(0, text.text().length());
            source.persist();
            written.put(source.id, source);
        }
        for (ReferenceSource reference : nonNull(seeds.referenceSources().sources())) {
            Fields fields = new Fields(problems, "reference/sources.yaml: source '" + reference.id() + "'");
            checkId(reference.id(), fields);
            fields.required(reference.title(), "title");
            fields.required(reference.url(), "url");
            fields.required(reference.language(), "language");
            if (!fields.ok()) {
                continue;
            }
            Source source = upsert(reference.id());
            source.kind = Source.Kind.reference;
            source.title = reference.title();
            source.publisher = reference.publisher();
            source.url = reference.url();
            source.language = reference.language();
            source.body = null;
            source.sha256 = null;
            source.charLength = null;
            source.persist();
            written.put(source.id, source);
        }
        return written;
    }

    private void checkId(String id, Fields fields) {
        if (!Codes.isSourceId(id)) {
            fields.problem("source id '" + id + "' must be letters, digits, '_', '.' or '-'");
        } else if (!sourceIds.add(id)) {
            fields.problem("source id '" + id + "' is used twice");
        }
    }

    /** The source with this id, or a new one; the caller persists it once its fields are set. */
    private static Source upsert(String id) {
        Source source = Source.<Source>findByIdOptional(id).orElseGet(Source::new);
        source.id = id;
        return source;
    }

    void writeParties(SeedSet seeds) {
        Map<String, String> aliasOwner = new HashMap<>();
        Map<String, String> aliasText = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> isoCodes = new HashSet<>();
        for (IsoStates.State state : seeds.states()) {
            isoCodes.add(state.iso3());
            UnStates.UnState un = seeds.unStates().get(state.iso3());
            Party party = Party.<Party>findByIdOptional(state.iso3()).orElseGet(Party::new);
            party.code = state.iso3();
            party.kind = Party.Kind.state;
            party.iso2 = state.iso2();
            party.iso3 = state.iso3();
            party.nameEn = un == null ? state.nameEn() : un.nameEn();
            party.nameFr = un == null ? state.nameFr() : un.nameFr();
            party.nameEnSource = un == null ? IsoStates.NAME_SOURCE : un.nameEnSource();
            party.nameFrSource = un == null ? IsoStates.NAME_SOURCE : un.nameFrSource();
            party.unStatus = un == null ? null : un.status();
            party.regionalGroup = un == null ? null : un.group();
            party.regionalGroupSource = un == null ? null : un.groupSource();
            party.persist();
            partyCodes.add(party.code);
            // The UN's names and the ISO (JDK) ones alike resolve to the state.
            for (String name : List.of(party.nameEn, party.nameFr, state.nameEn(), state.nameFr())) {
                String key = NameKey.of(name);
                String owner = aliasOwner.putIfAbsent(key, party.code);
                aliasText.putIfAbsent(key, name);
                if (owner != null && !owner.equals(party.code)) {
                    ambiguous.add(key);
                }
            }
        }
        seeds.unStates().keySet().stream().filter(code -> !isoCodes.contains(code)).forEach(code ->
                problems.add(UnStates.FILE, code + " is not an ISO 3166-1 alpha-3 code"));
        ambiguous.forEach(aliasOwner::remove);

        SeedDocuments.PartiesFile file = seeds.parties();
        for (Organisation organisation : nonNull(file.organisations())) {
            Fields fields = new Fields(problems, "reference/parties.yaml: organisation '" + organisation.code() + "'");
            if (organisation.code() == null || !ORGANISATION_CODE.matcher(organisation.code()).matches()
                    || partyCodes.contains(organisation.code())) {
                fields.problem("code must be 2-8 capital letters and not an ISO alpha-3 code");
                continue;
            }
            fields.required(organisation.nameEn(), "name_en");
            fields.required(organisation.nameFr(), "name_fr");
            if (!fields.ok()) {
                continue;
            }
            Party party = Party.<Party>findByIdOptional(organisation.code()).orElseGet(Party::new);
            party.code = organisation.code();
            party.kind = Party.Kind.organisation;
            party.iso2 = null;
            party.iso3 = null;
            party.nameEn = organisation.nameEn();
            party.nameFr = organisation.nameFr();
            party.persist();
            partyCodes.add(party.code);
            for (String name : concat(List.of(organisation.nameEn(), organisation.nameFr()), organisation.aliases())) {
                curatedAlias(name, party.code, aliasOwner, aliasText, fields);
            }
        }
        if (file.stateAliases() != null) {
            file.stateAliases().forEach((code, names) -> {
                Fields fields = new Fields(problems, "reference/parties.yaml: state_aliases '" + code + "'");
                if (!partyCodes.contains(code) || Party.findById(code) == null) {
                    fields.problem("no ISO 3166 state has alpha-3 code '" + code + "'");
                    return;
                }
                nonNull(names).forEach(name -> curatedAlias(name, code, aliasOwner, aliasText, fields));
            });
        }

        PartyAlias.deleteAll();
        aliasOwner.forEach((key, code) -> {
            PartyAlias alias = new PartyAlias();
            alias.normalized = key;
            alias.alias = aliasText.get(key);
            alias.party = Party.findById(code);
            alias.persist();
        });
    }

    private static void curatedAlias(String name, String code, Map<String, String> owner, Map<String, String> text,
                                     Fields fields) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            fields.problem("alias '" + name + "' has no letters or digits");
            return;
        }
        String previous = owner.get(key);
        if (previous != null && !previous.equals(code)) {
            fields.problem("alias '" + name + "' already names " + previous);
            return;
        }
        owner.put(key, code);
        text.put(key, name);
    }

    void writeTreaties(SeedSet seeds) {
        List<TreatyRecord> records = nonNull(seeds.treaties().treaties());
        Map<String, Treaty> written = new LinkedHashMap<>();
        // Parents first, so that a protocol's row is complete when it is persisted.
        List<TreatyRecord> parentsFirst = records.stream()
                .sorted(java.util.Comparator.comparing((TreatyRecord r) -> r.parent() != null))
                .toList();
        for (TreatyRecord record : parentsFirst) {
            Fields fields = new Fields(problems, "reference/treaties.yaml: treaty '" + record.code() + "'");
            if (!Codes.isStoredTreatyCode(record.code())) {
                fields.problem("code must be capital letters, digits and '-'");
                continue;
            }
            if (!treatyCodes.add(record.code())) {
                fields.problem("code is used twice");
                continue;
            }
            Treaty.Kind kind = fields.enumValue(Treaty.Kind.class, record.kind(), "kind", null);
            fields.required(record.nameEn(), "name_en");
            fields.required(record.nameFr(), "name_fr");
            if ((kind == Treaty.Kind.optional_protocol) != (record.parent() != null)) {
                fields.problem("an optional protocol, and only one, names its parent");
            }
            Treaty parent = record.parent() == null ? null : written.get(record.parent());
            if (record.parent() != null && (parent == null || parent.parent != null)) {
                fields.problem("parent '" + record.parent() + "' is not a treaty of the catalog without a parent");
            }
            if (!fields.ok()) {
                continue;
            }
            Treaty treaty = Treaty.<Treaty>findByIdOptional(record.code()).orElseGet(Treaty::new);
            treaty.code = record.code();
            treaty.kind = kind;
            treaty.parent = parent;
            treaty.nameEn = record.nameEn();
            treaty.nameFr = record.nameFr();
            treaty.monitoringBody = record.monitoringBody();
            treaty.persist();
            written.put(treaty.code, treaty);
        }
        writeTreatyAliases(records, written);
    }

    private void writeTreatyAliases(List<TreatyRecord> records, Map<String, Treaty> written) {
        TreatyAlias.deleteAll();
        Map<String, String> owner = new HashMap<>();
        for (TreatyRecord record : records) {
            Treaty treaty = written.get(record.code());
            if (treaty == null) {
                continue;
            }
            Fields fields = new Fields(problems, "reference/treaties.yaml: treaty '" + record.code() + "'");
            List<Alias> names = concat(List.of(new Alias(record.nameEn(), "en"), new Alias(record.nameFr(), "fr")),
                    record.aliases());
            for (Alias name : names) {
                String key = name.text() == null ? "" : NameKey.of(name.text());
                if (key.isEmpty() || name.lang() == null) {
                    fields.problem("an alias needs a text and a lang");
                    continue;
                }
                String previous = owner.putIfAbsent(key, treaty.code);
                if (previous != null) {
                    if (!previous.equals(treaty.code)) {
                        fields.problem("alias '" + name.text() + "' already names " + previous);
                    }
                    continue;
                }
                TreatyAlias alias = new TreatyAlias();
                alias.normalized = key;
                alias.alias = name.text();
                alias.language = name.lang();
                alias.treaty = treaty;
                alias.persist();
            }
        }
    }

    /** Removes sources, treaties and parties the seeds no longer name (facts citing them are gone by now). */
    void removeStale() {
        Treaty.<Treaty>listAll().stream().filter(t -> !treatyCodes.contains(t.code)).forEach(t -> {
            TreatyAlias.delete("treaty", t);
            t.delete();
        });
        Party.<Party>listAll().stream().filter(p -> !partyCodes.contains(p.code)).forEach(Party::delete);
        // Only the seeds' own sources: editors' articles and imported files are not in the seed files.
        Source.<Source>list("kind <> ?1 and addedBy is null", Source.Kind.dataset).stream()
                .filter(s -> !sourceIds.contains(s.id))
                .forEach(Source::delete);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), nonNull(second).stream()).toList();
    }
}
