package org.treatytracker.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatytracker.catalog.PartyResolver;
import org.treatytracker.catalog.TreatyResolver;
import org.treatytracker.claim.CitationBuilder;
import org.treatytracker.claim.Problems;
import org.treatytracker.provenance.Source;
import org.treatytracker.revision.Revisions;

/**
 * Fills the database from a seeds folder in one transaction: all of it, or (on any problem)
 * nothing. A folder identical to the last one loaded is a no-op; a changed one is applied as a
 * difference, so facts keep their ids.
 */
@ApplicationScoped
public class SeedLoader {

    /** Serialises concurrent loads (two instances starting at once) on one database. */
    private static final long ADVISORY_LOCK = 0x7472_6561_7479L;

    private final PartyResolver parties;
    private final TreatyResolver treaties;
    private final Revisions revisions;
    private final ObjectMapper json;

    public SeedLoader(PartyResolver parties, TreatyResolver treaties, Revisions revisions, ObjectMapper json) {
        this.parties = parties;
        this.treaties = treaties;
        this.revisions = revisions;
        this.json = json;
    }

    @ActivateRequestContext
    @Transactional
    public SeedLoadResult load(Path dir) {
        Panache.getEntityManager()
                .createNativeQuery("SELECT CAST(pg_advisory_xact_lock(?1) AS text)")
                .setParameter(1, ADVISORY_LOCK)
                .getSingleResult();
        // Loaded seeds were checked when they were loaded: an unchanged folder is not parsed again.
        String fingerprint = SeedReader.fingerprint(dir);
        if (SeedLoad.latest().map(last -> last.fingerprint.equals(fingerprint)).orElse(false)) {
            return new SeedLoadResult(false, fingerprint, 0, 0);
        }
        SeedSet seeds = new SeedReader().read(dir);
        try {
            return write(seeds);
        } catch (PersistenceException e) {
            throw new SeedLoadException(List.of("the database refused the seeds: " + rootMessage(e)));
        }
    }

    private SeedLoadResult write(SeedSet seeds) {
        Problems problems = new Problems();
        SeedAudit audit = SeedAudit.before(json);
        // Citations of seed facts are rebuilt from the files; removing them first also lets a
        // changed article text be stored (a cited text is immutable). The bulk delete bypasses the
        // persistence context, so nothing loaded before it may stay managed.
        Panache.getEntityManager().clear();
        Panache.getEntityManager()
                .createQuery("DELETE FROM Citation c WHERE c.fact.id IN (SELECT f.id FROM Fact f WHERE f.seedKey IS NOT NULL)")
                .executeUpdate();

        CatalogWriter catalog = new CatalogWriter(problems);
        Map<String, Source> sources = catalog.writeSources(seeds);
        catalog.writeParties(seeds);
        catalog.writeTreaties(seeds);
        problems.throwIfAny(SeedLoadException::new);
        Panache.getEntityManager().flush();

        Map<String, String> texts = seeds.articleTexts().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()));
        FactWriter facts = new FactWriter(problems, new CitationBuilder(sources::get, source -> texts.get(source.id)), parties, treaties);
        facts.writeTreatyCatalog(CatalogWriter.nonNull(seeds.treaties().treaties()));
        facts.writeCycles(CatalogWriter.nonNull(seeds.cycles().cycles()));
        new SessionWriter(problems).write(CatalogWriter.nonNull(seeds.cycles().sessions()),
                CatalogWriter.nonNull(seeds.cycles().cycles()), sources);
        facts.writeClaims(seeds.claimsByFile());
        facts.checkTreatyDatesAgree();
        problems.throwIfAny(SeedLoadException::new);

        facts.removeStale();
        Panache.getEntityManager().flush();
        catalog.removeStale();
        audit.recordChanges(revisions);

        SeedLoad load = new SeedLoad();
        load.fingerprint = seeds.fingerprint();
        load.loadedAt = OffsetDateTime.now();
        load.facts = facts.factsWritten();
        load.citations = facts.citationsWritten();
        load.persist();
        Panache.getEntityManager().flush();
        // Check the deferred "every fact is cited" constraint now, inside this method, so a
        // violation is reported as a seed problem rather than a failed commit.
        Panache.getEntityManager().createNativeQuery("SET CONSTRAINTS ALL IMMEDIATE").executeUpdate();
        return new SeedLoadResult(true, seeds.fingerprint(), load.facts, load.citations);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
