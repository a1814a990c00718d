package org.treatytracker.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatytracker.provenance.PartialDate;

/**
 * Counts the tracker holds about a state or a treaty: a number (digits or words, with "près de",
 * "plus de", "at least"...) counting treaties, countries, reports, sessions, acts, or time spent
 * negotiating, cooperating with the UN or since a comparable treaty ("sept des neuf pactes", "près
 * de 70 pays", "420 heures de négociations", "le premier ... depuis vingt ans"). Counts of anything
 * else (delegates, cameras, money), ranks, limits ("moins de") and thresholds ("needs 40
 * ratifications") are not claims the tracker holds.
 */
public final class ReportedFigureRule implements ExtractionRule {

    static final String PART_OF_WHOLE = "figure.part-of-whole";
    static final String COUNT = "figure.count";

    /** What is counted; TIME is a unit that counts only with what the time was spent on. */
    private enum Counted {
        TREATIES, PARTICIPANTS, REPORTS, SESSIONS, ACTS, TIME, NEGOTIATION_TIME, COOPERATION_TIME, TIME_SINCE_FIRST
    }

    /** @param multiplier 10 for decades, which are counted in years */
    private record Noun(Counted counted, String metric, String label, int multiplier) {

        Noun(Counted counted, String metric, String label) {
            this(counted, metric, label, 1);
        }
    }

    /** Counted nouns by their key (no case or accents); durations count only time spent negotiating. */
    private static final Map<String, Noun> NOUNS = new HashMap<>();

    private static final Noun STAKEHOLDERS = new Noun(Counted.PARTICIPANTS, "stakeholders", "Stakeholders");

    static {
        nouns(new Noun(Counted.TREATIES, "treaties", "Treaties"), "pacte", "pactes", "traite", "traites", "instrument",
                "instruments", "protocole", "protocoles", "covenant", "covenants", "treaty", "treaties", "protocol",
                "protocols");
        nouns(new Noun(Counted.TREATIES, "conventions", "Conventions"), "convention", "conventions");
        nouns(new Noun(Counted.PARTICIPANTS, "countries", "Countries"), "pays", "country", "countries");
        nouns(new Noun(Counted.PARTICIPANTS, "nations", "Nations"), "nation", "nations");
        nouns(new Noun(Counted.PARTICIPANTS, "states", "States"), "etat", "etats", "state", "states");
        nouns(new Noun(Counted.PARTICIPANTS, "delegations", "Delegations"), "delegation", "delegations");
        nouns(STAKEHOLDERS, "stakeholder", "stakeholders");
        nouns(new Noun(Counted.PARTICIPANTS, "partners", "Partners"), "partenaire", "partenaires", "partner", "partners");
        nouns(new Noun(Counted.PARTICIPANTS, "signatories", "Signatories"), "signataire", "signataires", "signatory",
                "signatories");
        nouns(new Noun(Counted.REPORTS, "reports", "Reports"), "rapport", "rapports", "report", "reports");
        nouns(new Noun(Counted.SESSIONS, "sessions", "Sessions"), "session", "sessions");
        nouns(new Noun(Counted.TIME, "hours", "Hours"), "heure", "heures", "hour", "hours");
        nouns(new Noun(Counted.TIME, "years", "Years"), "an", "ans", "annee", "annees", "year", "years");
        nouns(new Noun(Counted.TIME, "years", "Years", 10), "decennie", "decennies", "decade", "decades");
        nouns(new Noun(Counted.TIME, "months", "Months"), "mois", "month", "months");
        nouns(new Noun(Counted.TIME, "days", "Days"), "jour", "jours", "day", "days");
        nouns(new Noun(Counted.TIME, "weeks", "Weeks"), "semaine", "semaines", "week", "weeks");
        nouns(new Noun(Counted.TIME, "rounds", "Rounds"), "round", "rounds", "cycle", "cycles", "serie", "series");
        nouns(new Noun(Counted.ACTS, "ratifications", "Ratifications"), "ratification", "ratifications");
        nouns(new Noun(Counted.ACTS, "signatures", "Signatures"), "signature", "signatures");
        nouns(new Noun(Counted.ACTS, "accessions", "Accessions"), "adhesion", "adhesions", "accession", "accessions");
    }

    /** "parties prenantes" is one noun: stakeholders. */
    private static final Pattern STAKEHOLDERS_FR = Pattern.compile("(?iu)^\\s+parties\\s+prenantes(?![\\p{L}])");

    /** Words between a number and its noun that end the noun phrase instead of qualifying the noun. */
    private static final Set<String> BREAKS = Set.of("de", "du", "des", "d", "of", "the", "and", "et", "a", "à", "au",
            "aux", "in", "en", "pour", "for", "avec", "with", "dont", "which", "que", "qui", "who", "that", "sur", "on",
            "par", "by", "ont", "have", "has", "sont", "are", "were", "was", "ete", "been", "le", "la", "les", "l", "during",
            "since", "at", "pendant", "lors", "depuis");

    private static final Pattern NEGOTIATIONS = Pattern.compile(
            "(?iu)^\\s+(?:\\p{L}+\\s+)?(?:de\\s+|d['’]|of\\s+)(?:\\p{L}+\\s+)?(?:négociations?|negociations?|negotiations?"
                    + "|pourparlers|talks|discussions?|travaux)(?:\\s+(?:formelles?|informelles?|formal|informal|intenses?"
                    + "|inlassables))?(?![\\p{L}])");
    /** Years of a state's cooperation or membership with the United Nations. */
    private static final Pattern COOPERATION = Pattern.compile(
            "(?iu)^\\s+(?:\\p{L}+\\s+)?(?:de\\s+|d['’]|of\\s+)(?:coopération|cooperation|partenariat|partnership|adhésion"
                    + "|membership)\\s+(?:\\p{L}+\\s+){0,2}?(?:avec|with|à|au|in|to)\\s+(?:l['’]|les\\s+|the\\s+)?(?:ONU|UN"
                    + "|Nations\\s+[Uu]nies|United\\s+Nations)(?![\\p{L}])");
    /** "le premier traité ... depuis (plus de) vingt ans", "the first ... in more than two decades". */
    private static final Pattern SINCE_FIRST = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:premier|première|first)(?![\\p{L}])[^.;]{0,160}?(?<![\\p{L}])(?:depuis|in|en|for|over)\\s+"
                    + "(?:(?:plus|près)\\s+de\\s+|more\\s+than\\s+|over\\s+|nearly\\s+|about\\s+|almost\\s+|some\\s+)?$");

    private static final int SINCE_FIRST_REACH = 400;

    /** "sept des neuf", "84 États sur les 169": the whole after the part, its noun perhaps said once more between. */
    private static final Pattern OUT_OF = Pattern.compile(
            "(?iu)^\\s*(?:\\p{L}+\\s+){0,2}?(?:des|sur|sur\\s+les|of\\s+the|of|out\\s+of|parmi\\s+les|among\\s+the)\\s*$");
    /** The object of an act that is a treaty left unnamed: "le deuxième Protocole international", "this important treaty". */
    private static final Pattern UNNAMED_OBJECT = Pattern.compile(
            "(?iu)\\s*(?:le|la|l['’]|the|this|that|ce|cette)\\s*(?:\\p{L}+\\s+){0,3}?(?:protocole|protocol|convention|traité|treaty|pacte"
                    + "|covenant)(?![\\p{L}])");
    /** "l'ont ratifiée", "l'a signé": the object pronoun before a French verb. */
    private static final Pattern PRONOUN_BEFORE_ACT = Pattern.compile(
            "(?iu)(?<![\\p{L}])l['’](?:ont|a|avaient|avait|auront)\\s+(?:\\p{L}+\\s+)?$");
    /** "ratified it", "signed but not ratified it": the object pronoun after an English verb, in its clause. */
    private static final Pattern PRONOUN_AFTER_ACT = Pattern.compile("(?iu)[^.;,]{0,30}?(?<![\\p{L}])it(?![\\p{L}])");
    /** "commit to", "s'engagent à", "plan to": an act promised or planned, right before its word. */
    private static final Pattern COMMITTED = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:commit\\p{L}*|pledg\\p{L}*|promis\\p{L}*|engag\\p{L}*|plan\\p{L}*|intend\\p{L}*|envisag\\p{L}*"
                    + "|prévoi\\p{L}*|compt\\p{L}*|must|need|needs|needed|require\\p{L}*|doivent|doit|devront|devraient|faut"
                    + "|will|would|shall|expected\\s+to|should|(?:ont|a|have|has)\\s+(?:indiqué|annoncé|said|announced|indicated)\\s+(?:qu['’]ils?|qu['’]elles?|that\\s+they))"
                    + "(?:\\s+\\p{L}+){0,2}\\s+$");
    /** Right after the counted noun: the members of a body ("membres des Nations Unies", "members of the Council"). */
    private static final Pattern BODY_MEMBERS = Pattern.compile(
            "(?iu)\\s*(?:membres|members|member\\s+states)?\\s*(?:de\\s+l['’]ONU|des\\s+Nations\\s+[Uu]nies|of\\s+the\\s+(?:UN|United\\s+Nations)"
                    + "|du\\s+Conseil|of\\s+the\\s+(?:Human\\s+Rights\\s+)?Council|de\\s+l['’]Assemblée|of\\s+the\\s+(?:General\\s+)?Assembly"
                    + "|du\\s+groupe\\s+de\\s+travail|of\\s+the\\s+Working\\s+Group)(?![\\p{L}])");
    /** Right after the counted noun: a modal or a future ("will ratify", "doivent ratifier", "need to sign"). */
    private static final Pattern MODAL_AFTER = Pattern.compile(
            "(?iu)\\s*(?:will|would|must|shall|should|may|might|need\\s+to|have\\s+yet\\s+to|are\\s+expected\\s+to|are\\s+to"
                    + "|doivent|devront|devraient|pourraient|pourront|vont)(?![\\p{L}])");
    /** The act itself in the future or the conditional: "signeraient", "ratifieront". */
    private static final Pattern NOT_YET = Pattern.compile("(?iu)\\p{L}*(?:eraient|eront|erait|era|erons)$");
    /** Countries counted in an election ("elected 18 States", "candidates from 17 countries", "attended by 173 countries" at a vote). */
    private static final Pattern ELECTION = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:élu\\p{L}*|elect\\p{L}*|candida\\p{L}*|vot\\p{L}*|voix|scrutin|sièges?|seats?|vacanc\\p{L}*)(?![\\p{L}])");
    /** "deux protocoles facultatifs du Pacte ...", "the two Optional Protocols to the Convention ...": protocols named, not counted. */
    private static final Pattern OF_THE_TREATY = Pattern.compile(
            "(?iu)^\\s*(?:\\p{L}+\\s+)?(?:du|de|des|d['’]|of|to|à|au|aux|se\\s+rapportant\\s+(?:à|au|aux))\\s+"
                    + "(?:la\\s+|le\\s+|l['’]|the\\s+)?(?-i:\\p{Lu})");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:près\\s+de|presque|environ|quelque|autour\\s+de|approximativement|à\\s+peu\\s+près|nearly"
                    + "|almost|about|around|some|approximately|roughly|close\\s+to|an\\s+estimated|une|a)\\s*$");
    private static final Pattern MORE_THAN = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:plus\\s+de|plus\\s+d['’]|au-delà\\s+de|more\\s+than|over|upwards\\s+of|in\\s+excess\\s+of)\\s*$");
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:au\\s+moins|pas\\s+moins\\s+de|at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than"
                    + "|a\\s+minimum\\s+of)\\s*$");
    private static final Pattern LESS_THAN = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:moins\\s+de|moins\\s+d['’]|fewer\\s+than|less\\s+than|under|up\\s+to|jusqu['’]à)\\s*$");
    private static final Pattern RANK = Pattern.compile(
            "(?iu)(?:\\p{L}+i[eè]me|\\d+\\s?(?:e|è|ème|eme|th|st|nd|rd)|first|second|third|last|dernier|premier)"
                    + "\\s+(?:sur|out\\s+of|of|parmi|among)\\s*$");
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?iu)(?<![\\p{L}])(?:ces|these|those|nos|our)\\s*$");

    private record Role(Pattern pattern, String metric, String label) {
    }

    /** What the counted items did, from the verb nearest the number; it names the metric. */
    private static final List<Role> ROLES = List.of(
            new Role(Pattern.compile("(?iu)(?<![\\p{L}])sign\\p{L}*"), "signed", "that signed"),
            new Role(Pattern.compile("(?iu)(?<![\\p{L}])ratifi\\p{L}*"), "ratified", "that ratified"),
            new Role(Pattern.compile("(?iu)(?<![\\p{L}])(?:particip\\p{L}*|partie\\s+à|party\\s+to|adhér\\p{L}*|acced\\p{L}*"
                    + "|join\\p{L}*)"), "party", "taking part"),
            new Role(Pattern.compile("(?iu)(?<![\\p{L}])(?:assist\\p{L}*|attend\\p{L}*|présence|presence)"), "attending",
                    "attending"),
            new Role(Pattern.compile("(?iu)(?<![\\p{L}])(?:représent\\p{L}*|represent\\p{L}*)"), "represented", "represented"),
            new Role(Pattern.compile("(?iu)(?<![\\p{L}])contribu\\p{L}*"), "contributing", "contributing"),
            new Role(Pattern.compile("(?iu)(?<![\\p{L}])(?:soumis|submitted|élabor\\p{L}*|présenté\\p{L}*|drafted)"),
                    "submitted", "submitted"),
            new Role(Pattern.compile("(?iu)(?<![\\p{L}])dialog\\p{L}*"), "in_dialogue", "in dialogue"),
            new Role(Pattern.compile("(?iu)(?<![\\p{L}])(?:recomm[ae]nd\\p{L}*|formul\\p{L}*)"), "recommending",
                    "making UPR recommendations"));
    /** "needs 40 ratifications", "après la quarantième ratification": a treaty's threshold, not a count of acts. */
    private static final Pattern THRESHOLD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:need\\p{L}*|requir\\p{L}*|nécessit\\p{L}*|faut|exig\\p{L}*|after|après|until|jusqu['’]à"
                    + "|once|dès|lorsque|when)(?:\\s+\\p{L}+){0,3}\\s+$");

    /**
     * "15 more countries", "Seven new countries", "Four new Member States": the states that acted at one
     * event, not a count the tracker holds (the total the text brings them to is).
     */
    private static final Pattern INCREMENT = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:more|new|additional|other|further|nouveaux|nouvelles|autres|supplémentaires)(?![\\p{L}])");
    /** "15 countries signed ..., bringing the total of signatures to 117": the act's count, beside the total. */
    private static final Pattern BROUGHT = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:bringing|brings|raising|portant)\\s+(?:the|le|la)\\s+(?:total|number|nombre)(?![\\p{L}])");
    /**
     * "Seven countries – Cambodia, Gabon ... – signed": the count of a list the text gives; a spaced hyphen
     * stands for the dash in plain-text copy ("Two countries - Spain and South Africa - took ...").
     */
    private static final Pattern LIST_FOLLOWS = Pattern.compile("^\\s*(?:[–—(:]|-\\s)");

    /**
     * "enters into force one month after it is ratified by 20 nations": the states a treaty needs, a
     * condition and not a count of them (a wrong figure of real-blind at confidence 0.8).
     */
    private static final Pattern ENTRY_INTO_FORCE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:enters?|entered|entry|come|comes|came)\\s+into\\s+force|entr\\p{L}*\\s+en\\s+vigueur");
    private static final Pattern CONDITION = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:after|après|once|dès|until|jusqu['’]à|lorsque|when|quand)(?:\\s+\\p{L}+){0,5}\\s+$");

    /**
     * "Vietnam is among the 25 countries ...", "l'un des 25 pays": the state named is one of a group the
     * number counts, and the count is not a figure about that state (a wrong figure of real-blind at 0.8).
     */
    private static final Pattern ONE_OF = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:among|amongst|one\\s+of|parmi|l['’]une?\\s+des|fait\\s+partie\\s+des)\\s+(?:the\\s+|les\\s+)?$");
    /** "bringing the number of ratifications to seven", "portant le nombre d'États parties à 44": a total after the act. */
    private static final String COUNTED_PARTIES = "(?:(?:member\\s+)?states\\s+parties|states|ratifications|signatures|signatories"
            + "|accessions|parties|(?:é|e)tats\\s+parties|(?:é|e)tats|signataires|adhésions)";
    private static final Pattern BRINGING_TO = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:bringing|brings|brought|raising|raises|taking|takes|portant|porte|porté|portera)\\s+"
                    + "(?:(?:the|le|la)\\s+)?(?:(?:total|overall)\\s+)?(?:(?:number|total|nombre)\\s+(?:of\\s+|de\\s+|d['’])\\s*)?"
                    + "(?:(?:its|ses|their|leurs)\\s+)?" + COUNTED_PARTIES
                    + "(?:\\s+(?:adhering|party)\\s+to\\s+[^,.;:]{0,80}?)?\\s+(?:to|à|up\\s+to)\\s+$");
    /** "..., ce qui porte le nombre de ses États parties à 142 et le nombre de ses signataires à 74": a second total. */
    private static final Pattern AND_THE_NUMBER = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:et|and)\\s+(?:the|le|la)\\s+(?:number|total|nombre)\\s+(?:of\\s+|de\\s+|d['’])\\s*"
                    + "(?:(?:its|ses|their|leurs)\\s+)?" + COUNTED_PARTIES + "\\s+(?:to|à)\\s+$");
    private static final Pattern BRINGING_VERB = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:bringing|brings|brought|raising|raises|taking|takes|portant|porte|porté|portera)(?![\\p{L}])");
    /** "ce qui porte à 40 le nombre d'États parties à ce traité": the French order, the total before its noun. */
    private static final Pattern BRINGING_TO_FIRST = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:portant|porte|porté|portera|portent)\\s+(?:ainsi\\s+|désormais\\s+)?à\\s+$");
    private static final Pattern THE_NUMBER_AFTER = Pattern.compile(
            "(?iu)^\\s+(?:le|la)\\s+(?:nombre|total)\\s+(?:de\\s+|d['’])\\s*(?:(?:ses|leurs)\\s+)?" + COUNTED_PARTIES
                    + "(?![\\p{L}])");
    private static final int LIST_REACH = 3;

    private static final int ADJECTIVES_EN = 4;
    private static final int ADJECTIVES_FR = 1;

    @Override
    public List<Finding> apply(Sentence sentence, AnalysedArticle article) {
        String text = article.text();
        List<NumberMention> numbers = article.numbers(sentence);
        List<Finding> findings = new ArrayList<>();
        NumberMention usedAsWhole = null;
        for (int i = 0; i < numbers.size(); i++) {
            NumberMention number = numbers.get(i);
            if (number == usedAsWhole || number.percent() || number.yearLike() || !number.whole()
                    || number.value().signum() <= 0) {
                continue;
            }
            String before = text.substring(Math.max(sentence.start(), number.start() - 30), number.start());
            if (RANK.matcher(before).find() || DEMONSTRATIVE.matcher(before).find() || LESS_THAN.matcher(before).find()) {
                continue;
            }
            NumberMention whole = null;
            int nounFrom = number.end();
            if (i + 1 < numbers.size() && OUT_OF.matcher(text.substring(number.end(), numbers.get(i + 1).start())).find()
                    && numbers.get(i + 1).value().compareTo(number.value()) >= 0) {
                whole = numbers.get(i + 1);
                nounFrom = whole.end();
            }
            Optional<CountedNoun> nounSpan = counted(text, sentence.start(), number.start(), nounFrom, sentence.end(),
                    article.language());
            if (nounSpan.isEmpty()) {
                continue;
            }
            if (nounSpan.get().noun().counted() == Counted.ACTS && THRESHOLD.matcher(before).find()) {
                continue;
            }
            if (nounSpan.get().noun().counted() == Counted.PARTICIPANTS && (eventCount(text, sentence, article, number, nounSpan.get())
                    || inAnElection(text, sentence, number, nounSpan.get()) || aCondition(text, sentence, number))) {
                continue;
            }
            if (nounSpan.get().noun().counted() == Counted.TREATIES && namesTheProtocols(text, sentence, nounSpan.get())) {
                continue;
            }
            if (whole != null) {
                usedAsWhole = whole;
            }
            figure(sentence, article, number, whole, before, nounSpan.get()).ifPresent(findings::add);
        }
        for (NumberMention number : numbers) {
            broughtTo(sentence, article, number).ifPresent(findings::add);
        }
        return findings;
    }

    /**
     * "Of the four Arab countries to have signed the convention (Algeria, Lebanon, Morocco and Tunisia)": the
     * states counted are named, as many as the count, in brackets a few words on; the acts are the claims.
     */
    private static boolean namedInBracketsAfter(String text, Sentence sentence, AnalysedArticle article, NumberMention number,
                                                CountedNoun noun) {
        int open = Words.indexOf(text, '(', noun.end(), Math.min(sentence.end(), noun.end() + BRACKET_REACH));
        if (open < 0 || !number.whole()) {
            return false;
        }
        int close = Words.indexOf(text, ')', open, sentence.end());
        if (close < 0) {
            return false;
        }
        return article.mentions(sentence).stream()
                .filter(m -> m.kind() == NameKind.STATE && !m.anaphoric() && m.start() > open && m.end() <= close)
                .map(NameMention::code).distinct().count() == number.intValue();
    }

    private static final int BRACKET_REACH = 120;

    /** "enters into force ... after it is ratified by 20 nations": the number of states a condition names. */
    private static boolean aCondition(String text, Sentence sentence, NumberMention number) {
        return CONDITION.matcher(text).region(Math.max(sentence.start(), number.start() - 60), number.start()).find()
                && ENTRY_INTO_FORCE.matcher(text).region(sentence.start(), number.start()).find();
    }

    /** "15 more countries signed", "Seven countries – Cambodia, Gabon, ... – signed": the states of one event. */
    private static boolean eventCount(String text, Sentence sentence, AnalysedArticle article, NumberMention number,
                                      CountedNoun noun) {
        if (INCREMENT.matcher(text.substring(number.end(), noun.start())).find()
                || BROUGHT.matcher(text.substring(noun.end(), Math.min(sentence.end(), noun.end() + 400))).find()) {
            return true;
        }
        if (!LIST_FOLLOWS.matcher(text.substring(noun.end(), Math.min(sentence.end(), noun.end() + 5))).find()) {
            return namedInBracketsAfter(text, sentence, article, number, noun);
        }
        int reach = Math.min(sentence.end(), noun.end() + 200);
        return article.mentions(sentence).stream()
                .filter(m -> m.kind() == NameKind.STATE && m.start() >= noun.end() && m.end() <= reach).count() >= LIST_REACH - 1;
    }

    /** "bringing the number of ratifications to seven": the treaty's count of parties or signatories after the act. */
    private static Optional<Finding> broughtTo(Sentence sentence, AnalysedArticle article, NumberMention number) {
        if (number.percent() || number.yearLike() || !number.whole() || number.value().signum() <= 0) {
            return Optional.empty();
        }
        String text = article.text();
        String before = text.substring(Math.max(sentence.start(), number.start() - 120), number.start());
        Matcher bringing = BRINGING_TO.matcher(before);
        Matcher second = AND_THE_NUMBER.matcher(before);
        Matcher first = BRINGING_TO_FIRST.matcher(before);
        Matcher after = THE_NUMBER_AFTER.matcher(text).region(number.end(), Math.min(sentence.end(), number.end() + 80));
        int from;
        int end = number.end();
        String counted;
        if (bringing.find()) {
            from = bringing.start();
            counted = bringing.group();
        } else if (second.find() && BRINGING_VERB.matcher(before.substring(0, second.start())).find()) {
            from = second.start();
            counted = second.group();
        } else if (first.find() && after.lookingAt()) {
            from = first.start();
            counted = after.group();
            end = after.end();
        } else {
            return Optional.empty();
        }
        Optional<Attribution> treaty = article.treatyFor(sentence, number.start());
        if (treaty.isEmpty() || treaty.get().mention() == null) {
            return Optional.empty();
        }
        boolean signatories = counted.toLowerCase(java.util.Locale.ROOT).contains("sign");
        String metric = signatories ? "signatory_states" : "states_parties";
        String label = signatories ? "States that signed" : "States parties";
        int start = number.start() - (before.length() - from);
        PartialDate published = article.publishedOn();
        ReportedFigureBody body = new ReportedFigureBody(treaty.get().code(), metric, label, number.value(), null,
                number.approximate() ? "approximate" : "exact", published == null ? null : published.iso(),
                published == null ? null : PartialDate.Basis.inferred.name(), List.of());
        List<String> notes = List.of(treaty.get().note().replaceFirst("^treaty:", "subject:"),
                "count: the total the act brings the treaty's " + (signatories ? "signatories" : "parties") + " to",
                published == null ? "as of: unknown (no publication date)" : "as of: the publication date");
        return Optional.of(new Finding(body, start, end, COUNT, 0.8, notes,
                published == null ? null : "As of the article's publication (" + published.iso() + ")."));
    }

    /** A counted noun in the text: [start, end) covers it and, for durations, "de négociations". */
    private record CountedNoun(int start, int end, Noun noun) {
    }

    /** The noun the number counts, if it is one the tracker holds figures of. */
    private Optional<CountedNoun> counted(String text, int sentenceStart, int numberStart, int from, int limit,
                                          Language language) {
        Matcher stakeholders = STAKEHOLDERS_FR.matcher(text).region(from, limit);
        if (stakeholders.lookingAt()) {
            return Optional.of(new CountedNoun(from, stakeholders.end(), STAKEHOLDERS));
        }
        List<Words.Word> words = Words.of(text, from, Math.min(limit, from + 120));
        int adjectives = language == Language.en ? ADJECTIVES_EN : ADJECTIVES_FR;
        for (int i = 0; i < words.size() && i <= adjectives; i++) {
            Words.Word word = words.get(i);
            if (i == 0 && !text.substring(from, word.start()).isBlank()) {
                return Optional.empty();
            }
            Noun noun = NOUNS.get(word.key());
            if (noun != null) {
                if (noun.counted() == Counted.TIME) {
                    return spentOn(text, sentenceStart, numberStart, word, noun, limit);
                }
                return Optional.of(new CountedNoun(word.start(), word.end(), noun));
            }
            if (BREAKS.contains(word.key()) || word.key().chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Time counts as a figure only when spent negotiating, cooperating with the UN, or since a first of its kind. */
    private static Optional<CountedNoun> spentOn(String text, int sentenceStart, int numberStart, Words.Word unit,
                                                 Noun noun, int limit) {
        Matcher negotiations = NEGOTIATIONS.matcher(text).region(unit.end(), limit);
        if (negotiations.lookingAt()) {
            return Optional.of(new CountedNoun(unit.start(), negotiations.end(), new Noun(Counted.NEGOTIATION_TIME,
                    "negotiation_" + noun.metric(), noun.label() + " of negotiations", noun.multiplier())));
        }
        if (!noun.metric().equals("years")) {
            return Optional.empty();
        }
        Matcher cooperation = COOPERATION.matcher(text).region(unit.end(), limit);
        if (cooperation.lookingAt()) {
            return Optional.of(new CountedNoun(unit.start(), cooperation.end(), new Noun(Counted.COOPERATION_TIME,
                    "years_of_cooperation_with_un", "Years of cooperation with the United Nations", noun.multiplier())));
        }
        if (sinceFirst(text, sentenceStart, numberStart)) {
            return Optional.of(new CountedNoun(unit.start(), unit.end(), new Noun(Counted.TIME_SINCE_FIRST,
                    "years_since_previous_comparable_treaty", "Years since a comparable treaty was last adopted",
                    noun.multiplier())));
        }
        return Optional.empty();
    }

    /**
     * Whether the words right before the number read "le premier ... depuis" ({@link #SINCE_FIRST}).
     * A match of it spans some 200 characters (160 between its two words, the words, a qualifier)
     * unless hundreds of blanks pad it, so only the last {@value #SINCE_FIRST_REACH} are read:
     * reading the whole sentence before each number made a sentence of n numbers cost n times its length.
     */
    private static boolean sinceFirst(String text, int sentenceStart, int numberStart) {
        int from = Math.max(sentenceStart, numberStart - SINCE_FIRST_REACH);
        // inside the sentence the pattern still sees the character before the window, as when it read from the sentence's start
        return SINCE_FIRST.matcher(text).region(from, numberStart).useTransparentBounds(from > sentenceStart)
                .useAnchoringBounds(true).find();
    }

    private Optional<Finding> figure(Sentence sentence, AnalysedArticle article, NumberMention number,
                                     NumberMention whole, String before, CountedNoun counted) {
        String text = article.text();
        Noun noun = counted.noun();
        String qualifier = number.approximate() ? "approximate" : "exact";
        int start = number.start();
        Matcher qualifierWords;
        if ((qualifierWords = MORE_THAN.matcher(before)).find()) {
            qualifier = "more_than";
        } else if ((qualifierWords = AT_LEAST.matcher(before)).find()) {
            qualifier = "at_least";
        } else if ((qualifierWords = APPROXIMATE.matcher(before)).find()
                && (!qualifierWords.group().trim().matches("(?iu)une|a") || number.approximate())) {
            qualifier = "approximate";
        } else {
            qualifierWords = null;
        }
        if (qualifierWords != null) {
            start = number.start() - (before.length() - qualifierWords.start());
        }
        List<String> notes = new ArrayList<>();
        double confidence = whole != null ? 0.85 : 0.8;
        Optional<RoleAt> roleAt = role(text, sentence, article, number, counted);
        if (roleAt.filter(r -> r.isAnAct() && (COMMITTED.matcher(text).region(Math.max(sentence.start(), r.start() - 40),
                r.start()).find() || NOT_YET.matcher(text.substring(r.start(), r.end())).matches())).isPresent()) {
            // "Three countries commit to ratification": states that promise the act, not a count of it
            return Optional.empty();
        }
        if (MODAL_AFTER.matcher(text.substring(counted.end(), Math.min(sentence.end(), counted.end() + 30))).lookingAt()) {
            // "Twenty countries will ratify", "Vingt pays doivent ratifier": what must or will happen
            return Optional.empty();
        }
        if (roleAt.isEmpty() && BODY_MEMBERS.matcher(text.substring(counted.end(), Math.min(sentence.end(), counted.end() + 60)))
                .lookingAt()) {
            // "les 193 États membres des Nations Unies", "the 47 members of the Council", no act of theirs counted:
            // a body's size, not a figure
            return Optional.empty();
        }
        Optional<Role> role = roleAt.map(RoleAt::role);
        Optional<Attribution> subject = subject(sentence, article, number, noun.counted(), roleAt);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        if (noun.counted() == Counted.PARTICIPANTS && subject.get().mention() != null
                && subject.get().mention().kind() != NameKind.TREATY && ONE_OF.matcher(before).find()) {
            return Optional.empty();
        }
        notes.add(subject.get().note().replaceFirst("^(state|treaty):", "subject:"));
        // A subject only guessed (the state the article names most) is weak: 3 of 5 right over the sets.
        // One named by an anaphor ("la convention", "le pays") costs nothing: 13 of 14 right at the
        // confidence it had (0.7), 2 of 2 on real-blind ("Candidates by rule and confidence").
        if (subject.get().mention() == null) {
            confidence -= 0.2;
        }
        NameMention mention = subject.get().mention();
        if (whole == null && mention != null && !mention.anaphoric() && mention.end() <= sentence.start()) {
            // the subject named in the sentence before, with no "the treaty" / "la Convention" here standing for it:
            // 0 of 4 right at 0.8 over the sets after real-blind2 (lines of counts, each of a treaty the line implied);
            // with such an anaphor, 3 of 3 right. Weak.
            confidence -= 0.1;
        }
        if (mention != null && mention.end() <= start && start - mention.end() <= 120 && sentence.contains(mention.start())) {
            start = mention.start();
        }
        int end = counted.end();
        boolean timed = noun.counted() == Counted.NEGOTIATION_TIME || noun.counted() == Counted.COOPERATION_TIME
                || noun.counted() == Counted.TIME_SINCE_FIRST;
        String metric = noun.metric() + role.filter(r -> !timed).map(r -> "_" + r.metric()).orElse("");
        String label = noun.label() + role.filter(r -> !timed).map(r -> " " + r.label()).orElse("")
                + (whole != null ? ", out of a stated total" : "");
        Optional<DateMention> date = article.dates(sentence).stream().filter(d -> d.date() != null).findFirst();
        String asOf;
        String asOfBasis;
        String derivation = null;
        if (date.isPresent()) {
            asOf = date.get().date().iso();
            asOfBasis = date.get().basis().name();
            derivation = date.get().derivation();
            notes.add("as of: « " + text.substring(date.get().start(), date.get().end()) + " » in the sentence");
        } else if (article.publishedOn() != null) {
            asOf = article.publishedOn().iso();
            asOfBasis = PartialDate.Basis.inferred.name();
            derivation = "As of the article's publication (" + asOf + "); the sentence gives no date.";
            notes.add("as of: the publication date, since the sentence gives no date");
        } else {
            asOf = null;
            asOfBasis = null;
            notes.add("as of: unknown (no date in the sentence, no publication date)");
        }
        BigDecimal value = number.value().multiply(BigDecimal.valueOf(noun.multiplier()));
        if (noun.multiplier() != 1) {
            notes.add("value: " + number.value().toPlainString() + " decades, counted in years");
        }
        ReportedFigureBody body = new ReportedFigureBody(subject.get().code(), metric, label, value,
                whole == null ? null : whole.value(), qualifier, asOf, asOfBasis, List.of());
        return Optional.of(new Finding(body, start, end, whole != null ? PART_OF_WHOLE : COUNT, confidence, notes,
                derivation));
    }

    /**
     * Treaties, reports and years of UN cooperation are counted about a state; countries about the
     * treaty the sentence names (they sign it, attend its signing) or else the state it names;
     * sessions, acts and time spent negotiating about the treaty of the sentence, the one before, or
     * the article.
     */
    private Optional<Attribution> subject(Sentence sentence, AnalysedArticle article, NumberMention number,
                                          Counted counted, Optional<RoleAt> role) {
        return switch (counted) {
            case TREATIES, REPORTS, COOPERATION_TIME -> article.stateFor(sentence, number.start(), false);
            case PARTICIPANTS -> {
                List<NameMention> treaties = article.mentions(sentence).stream().filter(m -> m.kind() == NameKind.TREATY).toList();
                if (!treaties.isEmpty()) {
                    // "84 États sur les 169 États parties au PIDCP ont ratifié le deuxième Protocole": the treaty acted on
                    Optional<NameMention> object = role.filter(RoleAt::isAnAct).flatMap(r -> treaties.stream()
                            .filter(m -> m.start() >= r.end() && m.start() - r.end() <= 40).findFirst());
                    if (object.isPresent()) {
                        yield Optional.of(new Attribution(object.get().code(), object.get(), "treaty: " + object.get().code()
                                + " (« " + article.text().substring(object.get().start(), object.get().end())
                                + " »), the object of the verb of the counted states"));
                    }
                    // "ont ratifié le deuxième Protocole international": a treaty the text does not name so that
                    // it can be known; not the other treaty the sentence names
                    if (role.filter(r -> r.isAnAct() && UNNAMED_OBJECT.matcher(article.text()).region(r.end(),
                            Math.min(sentence.end(), r.end() + 40)).lookingAt()).isPresent()) {
                        yield Optional.empty();
                    }
                    yield article.treatyFor(sentence, number.start());
                }
                // states that sign or ratify are counted about a treaty ("seuls 43 Etats l'ont ratifiée", "25 States
                // have signed but not ratified it": the treaty named before); about a state, only the states it deals
                // with ("Le Vietnam ... avec cinq pays", "99 Etats ont formulé 258 recommandations au Bénin"),
                // never a group it is one of ("14 countries, including Vietnam")
                if (role.filter(RoleAt::isAnAct).isPresent()) {
                    yield role.filter(r -> actsOnATreatyNamedBefore(article.text(), sentence, r)).isPresent()
                            ? article.treatyFor(sentence, number.start()) : Optional.empty();
                }
                yield article.stateFor(sentence, number.start(), false).filter(a -> a.mention() != null
                        && sentence.contains(a.mention().start()) && (a.mention().end() <= number.start() || role.isPresent()));
            }
            case SESSIONS, ACTS, NEGOTIATION_TIME, TIME_SINCE_FIRST -> article.treatyFor(sentence, number.start());
            case TIME -> Optional.empty();
        };
    }

    /** A role word in the text: the verb of what the counted items did. */
    private record RoleAt(Role role, int start, int end) {

        boolean isAnAct() {
            return Set.of("signed", "ratified", "party").contains(role.metric());
        }
    }

    /** The verb nearest the number, within a few words of it; a treaty's name after the noun counts as one word. */
    private static Optional<RoleAt> role(String text, Sentence sentence, AnalysedArticle article, NumberMention number,
                                         CountedNoun noun) {
        int from = Math.max(sentence.start(), number.start() - 80);
        int reach = noun.end() + 60;
        for (NameMention name : article.mentions(sentence)) {
            if (name.kind() == NameKind.TREATY && name.start() >= noun.end() && name.start() < reach) {
                reach += name.end() - name.start();
            }
        }
        int to = Math.min(sentence.end(), reach);
        RoleAt best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Role role : ROLES) {
            Matcher m = NumberFinder.within(role.pattern().matcher(text), from, to);
            while (m.find()) {
                if (m.start() >= noun.start() && m.end() <= noun.end()) {
                    continue;
                }
                int distance = m.start() >= noun.end() ? m.start() - noun.end() : number.start() - m.end();
                if (distance >= 0 && distance < bestDistance) {
                    best = new RoleAt(role, m.start(), m.end());
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the act's object is a pronoun or a definite noun standing for a treaty ("l'ont ratifiée", "ratified it", "this treaty"). */
    private static boolean actsOnATreatyNamedBefore(String text, Sentence sentence, RoleAt role) {
        int after = Math.min(sentence.end(), role.end() + 40);
        return PRONOUN_BEFORE_ACT.matcher(text).region(Math.max(sentence.start(), role.start() - 20), role.start()).find()
                || PRONOUN_AFTER_ACT.matcher(text).region(role.end(), after).lookingAt()
                || UNNAMED_OBJECT.matcher(text).region(role.end(), after).lookingAt();
    }

    /** Whether a window around the number speaks of an election. */
    private static boolean inAnElection(String text, Sentence sentence, NumberMention number, CountedNoun noun) {
        return NumberFinder.within(ELECTION.matcher(text), Math.max(sentence.start(), number.start() - 80),
                Math.min(sentence.end(), noun.end() + 60)).find();
    }

    /** Whether the counted protocols are named by the treaty right after the noun ("deux protocoles facultatifs du Pacte ..."). */
    private static boolean namesTheProtocols(String text, Sentence sentence, CountedNoun noun) {
        return NumberWords.key(text.substring(noun.start(), noun.end())).startsWith("protocol")
                && OF_THE_TREATY.matcher(text).region(noun.end(), Math.min(sentence.end(), noun.end() + 60)).lookingAt();
    }

    private static void nouns(Noun noun, String... keys) {
        for (String key : keys) {
            NOUNS.put(key, noun);
        }
    }
}
