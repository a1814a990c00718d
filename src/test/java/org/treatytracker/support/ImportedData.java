package org.treatytracker.support;

import io.quarkus.hibernate.orm.panache.Panache;

/** Removes everything the importers wrote, so that other test classes see the seeds alone. */
public final class ImportedData {

    private ImportedData() {
    }

    public static void clear() {
        InRequestContext.transaction(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("DELETE FROM coverage").executeUpdate();
            em.createNativeQuery("DELETE FROM dataset_loads").executeUpdate();
            em.createNativeQuery("DELETE FROM import_changes").executeUpdate();
            em.createNativeQuery("DELETE FROM imports").executeUpdate();
            // Editors' recommendations on imported reviews too: the database keeps a review that holds any.
            em.createNativeQuery("DELETE FROM upr_recommendations WHERE source_id IN (SELECT id FROM sources WHERE kind = 'dataset')"
                    + " OR review_fact_id IN (SELECT id FROM facts WHERE import_key IS NOT NULL)").executeUpdate();
            em.createNativeQuery("DELETE FROM facts WHERE import_key IS NOT NULL").executeUpdate();
            em.createNativeQuery("DELETE FROM sources WHERE kind = 'dataset'").executeUpdate();
        });
    }
}
