package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.treatytracker.audit.AuditEntry.Action;
import org.treatytracker.audit.AuditEntry;
import org.treatytracker.catalog.PartyResolver;
import org.treatytracker.catalog.TreatyResolver;
import org.treatytracker.claim.CitationBuilder;
import org.treatytracker.claim.Claim;
import org.treatytracker.claim.ClaimCitation;
import org.treatytracker.claim.Fields;
import org.treatytracker.claim.Problems;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.Fact;
import org.treatytracker.revision.MergePatch;
import org.treatytracker.revision.Revised;
import org.treatytracker.revision.Revisions;
import org.treatytracker.upr.UprCycle;
import org.treatytracker.upr.UprRecommendation;
import org.treatytracker.web.ApiException;

/**
 * Editors' writes to facts and citations, on the versioned write path ({@link Revisions}). Each is
 * one transaction: checked through the same {@link ClaimWriter} and {@link CitationBuilder} as the
 * seed loader, guarded by the fact's version (If-Match), and recorded in the audit log with the
 * fact's state before and after. Each write to an
 * existing fact takes its row lock first ({@link FactLock}), so concurrent writers cannot deadlock.
 */
@ApplicationScoped
public class EditorialService {

    private static final Revised KIND = Revised.FACT;

    private final ClaimWriter writer;
    private final Revisions revisions;
    private final ObjectMapper json;

    public EditorialService(PartyResolver parties, TreatyResolver treaties, Revisions revisions, ObjectMapper json) {
        this.writer = new ClaimWriter(parties, treaties, cycle -> UprCycle.findByNumber(cycle).isPresent());
        this.revisions = revisions;
        this.json = json;
    }

    @Transactional
    public FactView create(Claim claim, String actor) {
        if (claim.id() != null) {
            throw ApiException.badRequest("'id' is assigned by the server; leave it out.");
        }
        Problems problems = new Problems();
        Fields fields = new Fields(problems, null);
        List<Citation> cited = CitationBuilder.ofStoredSources().build(claim.citations(), null, fields);
        Fact fact = writer.fill(claim, null, fields).orElse(null);
        if (problems.any()) {
            throw ApiException.unprocessable(problems.list());
        }
        cited.forEach(fact::cite);
        fact.persist();
        flush(fact);
        revisions.record(actor, Action.create, KIND, fact.id, fact.version, null, null, snapshot(fact));
        return FactView.of(fact, json);
    }

    @Transactional
    public FactView patch(long id, String ifMatch, ObjectNode patch, String actor) {
        Fact fact = editable(id);
        revisions.requireCurrent(ifMatch, KIND, fact.id, fact.version);
        for (String fixed : List.of("kind", "id", "citations")) {
            if (patch.has(fixed)) {
                throw ApiException.badRequest("'" + fixed + "' cannot be patched"
                        + (fixed.equals("citations") ? "; use /api/v1/facts/" + id + "/citations and /api/v1/citations/{id}." : "."));
            }
        }
        FactSnapshot before = snapshot(fact);
        ObjectNode merged = json.valueToTree(ClaimForms.of(fact).orElseThrow());
        MergePatch.apply(merged, patch);
        Claim claim = MergePatch.read(json, merged, Claim.class);
        Problems problems = new Problems();
        writer.fill(claim, fact, new Fields(problems, null));
        if (problems.any()) {
            throw ApiException.unprocessable(problems.list());
        }
        return changed(fact, actor, Action.update, AuditEntry.FACT, fact.id, null, before);
    }

    @Transactional
    public void retract(long id, String ifMatch, String reason, String actor) {
        Fact fact = editable(id);
        revisions.requireCurrent(ifMatch, KIND, fact.id, fact.version);
        long held = UprRecommendation.count("review.id = ?1 and addedBy is not null", id);
        if (held > 0) {
            throw ApiException.conflict("UPR review " + id + " holds " + held + " recommendation(s) added by editors "
                    + "(GET /api/v1/recommendations?review=" + id + " lists them): retract them first.");
        }
        revisions.record(actor, Action.retract, KIND, fact.id, fact.version, reason, snapshot(fact), null);
        fact.delete();
        flush(fact);
    }

    @Transactional
    public FactView addCitation(long factId, String ifMatch, ClaimCitation record, String actor) {
        Fact fact = editable(factId);
        revisions.requireCurrent(ifMatch, KIND, fact.id, fact.version);
        FactSnapshot before = snapshot(fact);
        Citation citation = citation(record);
        fact.cite(citation);
        // The new citation's id exists once it is written.
        flush(fact);
        return changed(fact, actor, Action.create, AuditEntry.CITATION, citation.id, null, before);
    }

    @Transactional
    public FactView patchCitation(long citationId, String ifMatch, ObjectNode patch, String actor) {
        Fact fact = editable(lockedFactOf(citationId));
        revisions.requireCurrent(ifMatch, KIND, fact.id, fact.version);
        Citation citation = citationOf(citationId);
        FactSnapshot before = snapshot(fact);
        ClaimCitation current = ClaimCitation.of(citation.place);
        ObjectNode merged = json.valueToTree(current);
        // The stored offset is where the quote was found, not a member a patch keeps: a new quote
        // alone is found anew, as before citations took a start; a patch places it with a start of its own.
        merged.remove("start");
        MergePatch.apply(merged, patch);
        ClaimCitation changed = MergePatch.read(json, merged, ClaimCitation.class);
        if (changed.samePlaceAs(current)) {
            citation.place.derivation = changed.derivation();
        } else {
            citation.place = citation(changed).place;
        }
        return changed(fact, actor, Action.update, AuditEntry.CITATION, citation.id, null, before);
    }

    @Transactional
    public FactView retractCitation(long citationId, String ifMatch, String reason, String actor) {
        Fact fact = editable(lockedFactOf(citationId));
        revisions.requireCurrent(ifMatch, KIND, fact.id, fact.version);
        Citation citation = citationOf(citationId);
        if (fact.citations.size() == 1) {
            throw ApiException.conflict("This is the fact's only citation, and every fact needs one: add another "
                    + "first, or retract the fact (DELETE /api/v1/facts/" + fact.id + ").");
        }
        FactSnapshot before = snapshot(fact);
        fact.citations.remove(citation);
        return changed(fact, actor, Action.retract, AuditEntry.CITATION, citationId, reason, before);
    }

    /** Writes a change to a fact (a new version) and records it with the fact before and after. */
    private FactView changed(Fact fact, String actor, Action action, String targetKind, long targetId, String reason,
                             FactSnapshot before) {
        fact.updatedAt = OffsetDateTime.now();
        flush(fact);
        revisions.record(actor, action, KIND, fact.id, fact.version, targetKind, targetId, reason, before, snapshot(fact));
        return FactView.of(fact, json);
    }

    /** A fact editors may change, locked: seed and dataset facts are maintained in their files. */
    private static Fact editable(long id) {
        if (!FactLock.fact(id)) {
            throw ApiException.notFound("No fact " + id + ".");
        }
        Fact fact = Fact.<Fact>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No fact " + id + "."));
        if (fact.owner() != Fact.Owner.editor) {
            throw ApiException.conflict("Fact " + id + " is maintained in "
                    + (fact.owner() == Fact.Owner.seed ? "the seed files (claim '" + fact.seedKey + "')"
                    : "an imported dataset (re-import a corrected file)") + "; the API changes editors' facts only.");
        }
        return fact;
    }

    /** Locks the fact a citation belongs to, and names it. */
    private static long lockedFactOf(long citationId) {
        return FactLock.ofCitation(citationId)
                .orElseThrow(() -> ApiException.notFound("No citation " + citationId + "."));
    }

    private static Citation citationOf(long id) {
        return Citation.<Citation>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No citation " + id + "."));
    }

    private Citation citation(ClaimCitation record) {
        Problems problems = new Problems();
        Citation citation = CitationBuilder.ofStoredSources().one(record, null, new Fields(problems, null)).orElse(null);
        if (problems.any()) {
            throw ApiException.unprocessable(problems.list());
        }
        return citation;
    }

    private void flush(Fact fact) {
        revisions.flush(KIND, fact.id);
    }

    private FactSnapshot snapshot(Fact fact) {
        return FactSnapshot.of(fact, json);
    }

}
