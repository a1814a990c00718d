package org.treatytracker.importer;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;
import org.treatytracker.web.ImportId;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;

/**
 * The record of imports and of what each changed. Change lists can be as long as a dataset, so
 * they are paged in SQL; a CSV of them holds the page asked for (up to 1,000 rows per page).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImportHistoryService {

    /** Coverage comes from what a ratification import read: the (state, treaty) pairs its file lists. */
    private static final String COLUMNS = """
            SELECT i.id, i.dataset, i.format, i.source_id, i.rows, i.added, i.changed, i.removed, i.unchanged,
                   i.seconds, i.imported_at, i.undoes, s.as_of, s.complete,
                   (SELECT count(DISTINCT e ->> 'party') FROM jsonb_array_elements(i.records -> 'coverage') e) AS covers_states,
                   (SELECT string_agg(DISTINCT e ->> 'treaty', ',') FROM jsonb_array_elements(i.records -> 'coverage') e)
                       AS covers_treaties
            FROM imports i JOIN sources s ON s.id = i.source_id""";

    /** @param dataset as {@link ImportFilter} checked it; null for every dataset. A dataset never imported is a 404. */
    @SuppressWarnings("unchecked")
    public ItemList<ImportView> list(String dataset, PageRequest page) {
        if (dataset != null && Panache.getEntityManager().createNativeQuery("SELECT 1 FROM imports WHERE dataset = ?1 LIMIT 1")
                .setParameter(1, dataset).getResultList().isEmpty()) {
            throw ApiException.notFound("No import of dataset '" + Codes.printable(dataset) + "'.");
        }
        List<ImportView> all = ((List<Tuple>) Panache.getEntityManager()
                .createNativeQuery(COLUMNS + " WHERE (CAST(?1 AS text) IS NULL OR i.dataset = ?1) ORDER BY i.id DESC", Tuple.class)
                .setParameter(1, dataset).getResultList()).stream().map(ImportView::of).toList();
        return ItemList.page(all, page);
    }

    @SuppressWarnings("unchecked")
    public ImportView get(ImportId id) {
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery(COLUMNS + " WHERE i.id = ?1", Tuple.class)
                .setParameter(1, id.value()).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("No import " + id.text() + ".");
        }
        return ImportView.of(rows.get(0));
    }

    /** @param change as {@link ChangeFilter} checked it; null for every change */
    @SuppressWarnings("unchecked")
    public ItemList<ImportChangeView> changes(ImportId id, String change, PageRequest page) {
        get(id);
        var em = Panache.getEntityManager();
        String where = " FROM import_changes WHERE import_id = ?1 AND (CAST(?2 AS text) IS NULL OR change = ?2)";
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + where)
                .setParameter(1, id.value()).setParameter(2, change).getSingleResult()).longValue();
        long offset = page.offsetWithin(total);
        List<ImportChangeView> items = ((List<Tuple>) em.createNativeQuery(
                        "SELECT item_key, change, before, after" + where + " ORDER BY item_key LIMIT ?3 OFFSET ?4", Tuple.class)
                .setParameter(1, id.value()).setParameter(2, change)
                .setParameter(3, page.perPage()).setParameter(4, offset)
                .getResultList()).stream()
                .map(r -> new ImportChangeView(r.get("item_key", String.class), r.get("change", String.class),
                        r.get("before", String.class), r.get("after", String.class)))
                .toList();
        return new ItemList<>(items, Math.toIntExact(total), page.page(), page.perPage(), items);
    }
}
