-- Treaty Tracker schema.
-- Facts ("what we conclude") live in per-kind tables that all share a row in `facts`;
-- citations ("what the source says") point at a fact and a source. Triggers below make
-- the two provenance invariants hold in the database itself, whatever code writes to it:
--   * a citation's quote is exactly the stored text between its offsets;
--   * at commit, every fact has at least one citation.

CREATE TABLE parties (
    code        text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('state', 'organisation')),
    iso2        char(2) UNIQUE,
    iso3        char(3) UNIQUE,
    name_en     text NOT NULL,
    name_fr     text NOT NULL,
    CHECK (kind <> 'state' OR (iso2 IS NOT NULL AND iso3 IS NOT NULL AND code = iso3))
);

CREATE TABLE party_aliases (
    normalized  text PRIMARY KEY,
    alias       text NOT NULL,
    party_code  text NOT NULL REFERENCES parties (code) ON DELETE CASCADE
);

CREATE TABLE sources (
    id                   text PRIMARY KEY,
    kind                 text NOT NULL CHECK (kind IN ('article', 'reference')),
    title                text NOT NULL,
    publisher            text,
    url                  text,
    language             text NOT NULL,
    published_on         date,
    published_precision  text CHECK (published_precision IN ('day', 'month', 'year')),
    published_basis      text CHECK (published_basis IN ('stated', 'inferred')),
    published_note       text,
    body                 text,
    sha256               char(64),
    char_length          integer,
    CHECK ((published_on IS NULL) = (published_precision IS NULL)),
    CHECK ((published_on IS NULL) = (published_basis IS NULL)),
    -- an article is stored whole; a reference is cited by URL and locator
    CHECK (kind <> 'article' OR (body IS NOT NULL AND sha256 IS NOT NULL AND char_length IS NOT NULL)),
    CHECK (kind <> 'reference' OR (url IS NOT NULL AND body IS NULL))
);

CREATE TABLE facts (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN
                  ('treaty_entry', 'treaty_date', 'treaty_action', 'upr_cycle', 'upr_review',
                   'reported_figure', 'hrc_membership')),
    seed_key    text UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE citations (
    id          bigserial PRIMARY KEY,
    fact_id     bigint NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
    source_id   text NOT NULL REFERENCES sources (id),
    quote       text,
    start_cp    integer,
    end_cp      integer,
    locator     text,
    derivation  text,
    CHECK ((quote IS NULL) = (start_cp IS NULL) AND (quote IS NULL) = (end_cp IS NULL)),
    CHECK (quote IS NOT NULL OR locator IS NOT NULL),
    CHECK (start_cp IS NULL OR (start_cp >= 0 AND end_cp > start_cp))
);
CREATE INDEX citations_fact_idx ON citations (fact_id);
CREATE INDEX citations_source_idx ON citations (source_id);

CREATE TABLE treaties (
    code             text PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('core', 'optional_protocol', 'other')),
    parent_code      text REFERENCES treaties (code),
    name_en          text NOT NULL,
    name_fr          text NOT NULL,
    monitoring_body  text,
    CHECK ((kind = 'optional_protocol') = (parent_code IS NOT NULL))
);

-- The catalog entry of a treaty (its names, kind, monitoring body) is a fact like any other,
-- so that it carries its reference.
CREATE TABLE treaty_entries (
    fact_id      bigint PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    treaty_code  text NOT NULL UNIQUE REFERENCES treaties (code) ON DELETE CASCADE
);

CREATE TABLE treaty_aliases (
    normalized   text PRIMARY KEY,
    alias        text NOT NULL,
    language     text NOT NULL,
    treaty_code  text NOT NULL REFERENCES treaties (code) ON DELETE CASCADE
);

CREATE TABLE treaty_dates (
    fact_id      bigint PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    treaty_code  text NOT NULL REFERENCES treaties (code),
    event        text NOT NULL CHECK (event IN ('adopted', 'opened_for_signature', 'entry_into_force')),
    event_date   date NOT NULL,
    precision    text NOT NULL CHECK (precision IN ('day', 'month', 'year')),
    basis        text NOT NULL CHECK (basis IN ('stated', 'inferred'))
);
CREATE INDEX treaty_dates_treaty_idx ON treaty_dates (treaty_code);

CREATE TABLE treaty_actions (
    fact_id      bigint PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    party_code   text NOT NULL REFERENCES parties (code),
    treaty_code  text NOT NULL REFERENCES treaties (code),
    action       text NOT NULL CHECK (action IN ('signature', 'ratification', 'accession', 'succession',
                                                 'acceptance', 'approval', 'denunciation')),
    action_date  date,
    precision    text CHECK (precision IN ('day', 'month', 'year')),
    basis        text CHECK (basis IN ('stated', 'inferred')),
    CHECK ((action_date IS NULL) = (precision IS NULL) AND (action_date IS NULL) = (basis IS NULL))
);
CREATE INDEX treaty_actions_party_treaty_idx ON treaty_actions (party_code, treaty_code);

CREATE TABLE upr_cycles (
    fact_id        bigint PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    number         integer NOT NULL UNIQUE CHECK (number > 0),
    starts_on      date NOT NULL,
    starts_precision text NOT NULL CHECK (starts_precision IN ('day', 'month', 'year')),
    ends_on        date,
    ends_precision text CHECK (ends_precision IN ('day', 'month', 'year')),
    first_session  integer,
    last_session   integer,
    CHECK ((ends_on IS NULL) = (ends_precision IS NULL))
);

CREATE TABLE upr_reviews (
    fact_id                 bigint PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    state_code              text NOT NULL REFERENCES parties (code),
    -- not unique per (state, cycle): two sources may report the same review, and both are kept
    cycle                   integer NOT NULL REFERENCES upr_cycles (number),
    session                 integer,
    reviewed_on             date,
    precision               text CHECK (precision IN ('day', 'month', 'year')),
    adopted_at_hrc_session  integer,
    recommendations_total   integer CHECK (recommendations_total >= 0),
    accepted                integer CHECK (accepted >= 0),
    noted                   integer CHECK (noted >= 0),
    CHECK ((reviewed_on IS NULL) = (precision IS NULL)),
    CHECK (accepted IS NULL OR recommendations_total IS NULL OR accepted <= recommendations_total),
    CHECK (noted IS NULL OR recommendations_total IS NULL OR noted <= recommendations_total)
);
CREATE INDEX upr_reviews_state_idx ON upr_reviews (state_code, cycle);

-- Individual recommendations, for data that has them (importers fill these; the seed articles
-- report only totals).
CREATE TABLE upr_recommendations (
    id              bigserial PRIMARY KEY,
    review_fact_id  bigint NOT NULL REFERENCES upr_reviews (fact_id) ON DELETE CASCADE,
    un_number       text,
    body            text NOT NULL,
    language        text NOT NULL,
    response        text CHECK (response IN ('supported', 'noted')),
    response_raw    text
);
CREATE INDEX upr_recommendations_review_idx ON upr_recommendations (review_fact_id);

CREATE TABLE upr_recommending_states (
    recommendation_id  bigint NOT NULL REFERENCES upr_recommendations (id) ON DELETE CASCADE,
    party_code         text NOT NULL REFERENCES parties (code),
    PRIMARY KEY (recommendation_id, party_code)
);

CREATE TABLE upr_recommendation_themes (
    recommendation_id  bigint NOT NULL REFERENCES upr_recommendations (id) ON DELETE CASCADE,
    theme              text NOT NULL,
    PRIMARY KEY (recommendation_id, theme)
);

CREATE TABLE reported_figures (
    fact_id        bigint PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    subject_kind   text NOT NULL CHECK (subject_kind IN ('party', 'treaty')),
    party_code     text REFERENCES parties (code),
    treaty_code    text REFERENCES treaties (code),
    metric         text NOT NULL,
    label_en       text NOT NULL,
    value          numeric NOT NULL,
    out_of         numeric,
    qualifier      text NOT NULL CHECK (qualifier IN ('exact', 'approximate', 'more_than', 'at_least')),
    as_of          date NOT NULL,
    as_of_precision text NOT NULL CHECK (as_of_precision IN ('day', 'month', 'year')),
    as_of_basis    text NOT NULL CHECK (as_of_basis IN ('stated', 'inferred')),
    CHECK ((subject_kind = 'party') = (party_code IS NOT NULL)),
    CHECK ((subject_kind = 'treaty') = (treaty_code IS NOT NULL))
);
CREATE INDEX reported_figures_party_idx ON reported_figures (party_code);
CREATE INDEX reported_figures_treaty_idx ON reported_figures (treaty_code);

CREATE TABLE hrc_memberships (
    fact_id     bigint PRIMARY KEY REFERENCES facts (id) ON DELETE CASCADE,
    state_code  text NOT NULL REFERENCES parties (code),
    term_start  integer NOT NULL,
    term_end    integer NOT NULL CHECK (term_end >= term_start),
    status      text NOT NULL CHECK (status IN ('member', 'candidate'))
);

-- One row per load that changed something: the fingerprint makes a repeated load a no-op.
CREATE TABLE seed_loads (
    id           bigserial PRIMARY KEY,
    fingerprint  char(64) NOT NULL,
    loaded_at    timestamptz NOT NULL DEFAULT now(),
    facts        integer NOT NULL,
    citations    integer NOT NULL
);

-- substring() counts characters, i.e. Unicode code points in a UTF-8 database: the same unit the
-- API's offsets use.
CREATE FUNCTION check_citation_quote() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    stored text;
BEGIN
    IF NEW.quote IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT body INTO stored FROM sources WHERE id = NEW.source_id;
    IF stored IS NULL THEN
        RAISE EXCEPTION 'citation % quotes source % which has no stored text', NEW.id, NEW.source_id;
    END IF;
    IF substring(stored FROM NEW.start_cp + 1 FOR NEW.end_cp - NEW.start_cp) IS DISTINCT FROM NEW.quote THEN
        RAISE EXCEPTION 'citation quote does not match source % at [%, %)', NEW.source_id, NEW.start_cp, NEW.end_cp;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER citations_quote_matches_text
    BEFORE INSERT OR UPDATE ON citations
    FOR EACH ROW EXECUTE FUNCTION check_citation_quote();

CREATE FUNCTION check_fact_is_cited(fact bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM facts WHERE id = fact)
       AND NOT EXISTS (SELECT 1 FROM citations WHERE fact_id = fact) THEN
        RAISE EXCEPTION 'fact % has no citation', fact;
    END IF;
END $$;

CREATE FUNCTION check_new_fact_is_cited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM check_fact_is_cited(NEW.id);
    RETURN NULL;
END $$;

CREATE FUNCTION check_fact_still_cited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM check_fact_is_cited(OLD.fact_id);
    RETURN NULL;
END $$;

-- Deferred to commit, so a writer may insert a fact first and its citations after.
CREATE CONSTRAINT TRIGGER facts_are_cited
    AFTER INSERT OR UPDATE ON facts
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION check_new_fact_is_cited();

CREATE CONSTRAINT TRIGGER facts_keep_a_citation
    AFTER DELETE OR UPDATE ON citations
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION check_fact_still_cited();

-- A stored article never changes under its citations.
CREATE FUNCTION forbid_body_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.body IS DISTINCT FROM NEW.body AND EXISTS (SELECT 1 FROM citations WHERE source_id = OLD.id) THEN
        RAISE EXCEPTION 'source % is cited; its text cannot change', OLD.id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER sources_body_is_immutable_once_cited
    BEFORE UPDATE ON sources
    FOR EACH ROW EXECUTE FUNCTION forbid_body_change();
