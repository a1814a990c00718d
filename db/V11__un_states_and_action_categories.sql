-- States as the UN names and groups them (seeds/reference/un-states.csv, docs/un-states.md): the
-- UN short names replace the ISO (JDK) names, which stay aliases; each name says where it comes from.
-- un_status: a UN member state or a non-member observer State; null for the other ISO entries
-- (territories) and for organisations. regional_group: the UN regional group of a member (null for
-- observers and non-members).
ALTER TABLE parties
    ADD COLUMN un_status text CHECK (un_status IN ('member', 'observer')),
    ADD COLUMN regional_group text CHECK (regional_group IN
        ('african', 'asia_pacific', 'eastern_european', 'latin_american_caribbean', 'western_european_others')),
    ADD COLUMN regional_group_source text,
    ADD COLUMN name_en_source text,
    ADD COLUMN name_fr_source text,
    ADD CHECK (kind = 'state' OR un_status IS NULL),
    ADD CHECK (regional_group IS NULL OR un_status = 'member'),
    ADD CHECK ((regional_group IS NULL) = (regional_group_source IS NULL));

-- UPR Info's action category (1 to 5) of a recommendation, as its export rates each row. A
-- recommendation merged from several rows holds every category they give (one, but for rare rows
-- rated differently), as a recommendation holds every theme its rows give.
CREATE TABLE upr_recommendation_actions (
    recommendation_id  bigint NOT NULL REFERENCES upr_recommendations (id) ON DELETE CASCADE,
    category           smallint NOT NULL CHECK (category BETWEEN 1 AND 5),
    PRIMARY KEY (recommendation_id, category)
);

-- A data table like the others: its writes raise the data version (V10).
CREATE TRIGGER upr_recommendation_actions_change_data_release
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON upr_recommendation_actions
    FOR EACH STATEMENT EXECUTE FUNCTION data_release_mark();
