package org.treatytracker.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatytracker.provenance.PartialDate;

/**
 * For plain unit tests: the names the database would hold, read as the seed loader reads them
 * (ISO 3166 names from the JDK, seeds/reference/parties.yaml and treaties.yaml), and the UPR
 * calendar of seeds/reference/upr-cycles.yaml, without starting the application.
 */
final class ReferenceNames {

    static final UprCalendar CALENDAR = new UprCalendar(List.of(
            new UprCalendar.Cycle(1, 2008, 2011, 1, 12), new UprCalendar.Cycle(2, 2012, 2016, 13, 26),
            new UprCalendar.Cycle(3, 2017, 2022, 27, 40), new UprCalendar.Cycle(4, 2022, null, 41, null)));

    private static final Gazetteer GAZETTEER = new TokenGazetteer(GazetteerNames.withVariants(names()));

    private ReferenceNames() {
    }

    static Gazetteer gazetteer() {
        return GAZETTEER;
    }

    static ClaimExtractor extractor() {
        return new ClaimExtractor(GAZETTEER, CALENDAR);
    }

    /** Every candidate the rules propose, the weak ones too (marked so): the rules' tests test what they read. */
    static List<Candidate> fr(String text, String publishedOn) {
        return all(Language.fr, text, publishedOn);
    }

    /** Every candidate the rules propose, the weak ones too (marked so): the rules' tests test what they read. */
    static List<Candidate> en(String text, String publishedOn) {
        return all(Language.en, text, publishedOn);
    }

    /** What the extractor returns by default: the confident candidates only. */
    static List<Candidate> confident(Language language, String text, String publishedOn) {
        return extractor().extract(article(language, text, publishedOn));
    }

    private static List<Candidate> all(Language language, String text, String publishedOn) {
        return extractor().extract(article(language, text, publishedOn), ExtractionBudget.UNLIMITED, true);
    }

    private static Article article(Language language, String text, String publishedOn) {
        return new Article(text, language, publishedOn == null ? null : PartialDate.parse(publishedOn), "src");
    }

    private static List<GazetteerName> names() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<GazetteerName> names = new ArrayList<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(iso2).build();
            names.add(new GazetteerName(country.getDisplayCountry(Locale.ENGLISH), country.getISO3Country(), NameKind.STATE));
            names.add(new GazetteerName(country.getDisplayCountry(Locale.FRENCH), country.getISO3Country(), NameKind.STATE));
        }
        try {
            JsonNode parties = yaml.readTree(new File("seeds/reference/parties.yaml"));
            parties.get("state_aliases").properties().forEach(entry -> entry.getValue()
                    .forEach(name -> names.add(new GazetteerName(name.asText(), entry.getKey(), NameKind.STATE))));
            for (JsonNode organisation : parties.get("organisations")) {
                String code = organisation.get("code").asText();
                names.add(new GazetteerName(organisation.get("name_en").asText(), code, NameKind.ORGANISATION));
                names.add(new GazetteerName(organisation.get("name_fr").asText(), code, NameKind.ORGANISATION));
                organisation.get("aliases").forEach(a -> names.add(new GazetteerName(a.asText(), code, NameKind.ORGANISATION)));
            }
            for (JsonNode treaty : yaml.readTree(new File("seeds/reference/treaties.yaml")).get("treaties")) {
                String code = treaty.get("code").asText();
                String parent = treaty.get("parent").isNull() ? null : treaty.get("parent").asText();
                names.add(new GazetteerName(code, code, NameKind.TREATY, parent));
                names.add(new GazetteerName(treaty.get("name_en").asText(), code, NameKind.TREATY, parent));
                names.add(new GazetteerName(treaty.get("name_fr").asText(), code, NameKind.TREATY, parent));
                treaty.get("aliases").forEach(a -> names.add(new GazetteerName(a.get("text").asText(), code, NameKind.TREATY, parent)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
