package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways the press shortens the catalog's treaty names, derived from each name rather than
 * listed: "UN" for "United Nations", "de l'ONU" for "des Nations Unies", "sur les droits" for
 * "relative aux droits", the names without their leading "International" or "United Nations" (the
 * press says "the Convention against Cybercrime"), and a
 * protocol's code without its hyphen ("OPCAT" for OP-CAT), and for a protocol whose code names its subject
 * after the parent's ("OP-CRC-SC"), "OP" and that subject ("OPSC", "OPAC"), as the press writes them.
 */
public final class GazetteerNames {

    private static final Pattern PROTOCOL_CODE = Pattern.compile("OP-[A-Z]+");
    private static final Pattern PROTOCOL_SUBJECT_CODE = Pattern.compile("OP-[A-Z]+-([A-Z]{2})");

    private static final List<UnaryOperator<String>> VARIANTS = List.of(
            name -> name.replaceAll("United Nations", "UN"),
            name -> name.replaceAll("(?iu)des Nations Unies", "de l'ONU"),
            name -> name.replaceAll("(?iu)Nations Unies", "ONU"),
            name -> name.replaceAll("(?iu)relati(?:ve|f) aux droits", "sur les droits"),
            name -> name.replaceAll("(?iu)relati(?:ve|f) aux droits", "des droits"),
            name -> name.replaceFirst("^International (Convention|Covenant)", "$1"),
            name -> name.replaceFirst("^United Nations (Convention|Covenant)", "$1"),
            name -> name.replaceFirst("^(Convention|Pacte) des Nations [Uu]nies ", "$1 "),
            // "the Optional Protocol on the involvement of children in armed conflict": a protocol named by its
            // subject alone, without the treaty it supplements
            name -> name.replaceFirst("^(Optional Protocol) to the .+ (on|concerning) ((?:the |a )?\\p{Ll})", "$1 $2 $3"),
            name -> name.replaceFirst("^(Protocole facultatif) (?:à|se rapportant à) la .+?,? (concernant|établissant) ", "$1 $2 "));

    /**
     * Short names the press gives some treaties that no rule derives from their full names (the subject put
     * before "Convention", a French acronym), added for a code the catalog holds. Names only, no facts.
     */
    private static final Map<String, List<String>> SHORT_NAMES = Map.of(
            "CPED", List.of("Enforced Disappearance Convention", "Enforced Disappearances Convention",
                    "Convention on Enforced Disappearance", "Convention on Enforced Disappearances",
                    "Convention against Enforced Disappearance", "Convention against Enforced Disappearances",
                    "Disappearances Convention", "Disappearance Convention", "ICPPED",
                    "Convention sur les disparitions forcées", "Convention contre les disparitions forcées"),
            "ICMW", List.of("Migrant Workers Convention", "Migrant Workers' Convention", "Convention on Migrant Workers",
                    "ICMW", "Convention sur les travailleurs migrants", "Convention sur les droits des travailleurs migrants"),
            "OP-CEDAW", List.of("Optional Protocol to CEDAW", "CEDAW Optional Protocol", "Optional Protocol to the CEDAW",
                    "Protocole facultatif à la CEDEF", "Protocole facultatif à la CEDAW"),
            "CEDAW", List.of("CEDEF"),
            "CRC", List.of("CDE"),
            "CRPD", List.of("CDPH"),
            "OP-CRPD", List.of("CRPD Optional Protocol", "Optional Protocol to the CRPD", "Optional Protocol to CRPD"),
            "OP-ICESCR", List.of("ICESCR Optional Protocol", "Optional Protocol to the ICESCR", "Optional Protocol to ICESCR"),
            "OP-CAT", List.of("CAT Optional Protocol", "Optional Protocol to the CAT", "Optional Protocol to CAT"));

    private GazetteerNames() {
    }

    public static List<GazetteerName> withVariants(List<GazetteerName> names) {
        Set<GazetteerName> all = new LinkedHashSet<>(names);
        for (GazetteerName name : names) {
            if (name.kind() != NameKind.TREATY) {
                continue;
            }
            if (PROTOCOL_CODE.matcher(name.text()).matches()) {
                all.add(new GazetteerName(name.text().replace("-", ""), name.code(), name.kind(), name.parent()));
                continue;
            }
            Matcher subject = PROTOCOL_SUBJECT_CODE.matcher(name.text());
            if (subject.matches()) {
                all.add(new GazetteerName("OP" + subject.group(1), name.code(), name.kind(), name.parent()));
                continue;
            }
            for (UnaryOperator<String> variant : VARIANTS) {
                String text = variant.apply(name.text());
                if (!text.equals(name.text())) {
                    all.add(new GazetteerName(text, name.code(), name.kind(), name.parent()));
                }
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        names.stream().filter(n -> n.kind() == NameKind.TREATY).forEach(n -> codes.add(n.code()));
        for (String code : codes) {
            String parent = names.stream().filter(n -> n.code().equals(code) && n.parent() != null).map(GazetteerName::parent)
                    .findFirst().orElse(null);
            SHORT_NAMES.getOrDefault(code, List.of()).forEach(text -> all.add(new GazetteerName(text, code, NameKind.TREATY, parent)));
        }
        return new ArrayList<>(all);
    }
}
