#!/usr/bin/env python3
"""Checks the blind6 passage files (python3 + PyYAML). Run: python3 check.py"""
import glob, json, os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TREATIES = '/work/main/seeds/reference/treaties.yaml'
URLS = '/work/issue18-urls.txt'
ISO = '/usr/share/iso-codes/json/iso_3166-1.json'

codes = {t['code'] for t in yaml.safe_load(open(TREATIES, encoding='utf-8'))['treaties']}
iso3 = {c['alpha_3'] for c in json.load(open(ISO, encoding='utf-8'))['3166-1']}

KEYS = {
    'upr_review': {'state', 'cycle', 'recommendations_total', 'accepted', 'noted'},
    'treaty_action': {'party', 'treaty', 'action', 'date', 'date_basis'},
    'reported_figure': {'subject', 'metric', 'label_en', 'value', 'out_of', 'qualifier'},
    'hrc_membership': {'state', 'term_start', 'term_end', 'status'},
}
OPTIONAL = {'upr_review': {'reviewed_on', 'adopted_at_hrc_session'}}
COMMON = {'kind', 'quote', 'prefix', 'teaser'}
ACTIONS = {'signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval', 'denunciation'}
QUALIFIERS = {'exact', 'approximate', 'more_than', 'at_least'}
STATUS = {'member', 'candidate'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
FULLDATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
SNAKE = re.compile(r'^[a-z][a-z0-9_]*$')

errors, warnings = [], []
def err(f, m): errors.append('%s: %s' % (f, m))
def warn(f, m): warnings.append('%s: %s' % (f, m))

def not_after(d, pub):
    # a partial date is after publication only if its whole period is
    return d <= pub[:len(d)]

used = collections.defaultdict(set)
for line in open(URLS, encoding='utf-8'):
    parts = line.split()
    if len(parts) == 2:
        used[parts[1]].add(parts[0])

files = sorted(glob.glob(os.path.join(HERE, '[0-9][0-9]-*.yaml')))
langs = collections.Counter()
counts = collections.Counter()
outlets = set()
seen_urls = collections.Counter()
for path in files:
    f = os.path.basename(path)
    raw = open(path, encoding='utf-8').read()
    try:
        d = yaml.safe_load(raw)
    except Exception as e:
        err(f, 'YAML error %s' % e); continue
    for k in ('language', 'published_on', 'source_url', 'outlet', 'text', 'claims'):
        if k not in d: err(f, 'missing key ' + k)
    extra = set(d) - {'language', 'published_on', 'source_url', 'outlet', 'text', 'claims'}
    if extra: err(f, 'unexpected keys %s' % extra)
    url = d.get('source_url', '')
    if raw.split('\n', 1)[0] != '# real text: ' + url:
        err(f, 'first line is not "# real text: <source_url>"')
    seen_urls[url] += 1
    if 'real-blind6' not in used.get(url, set()):
        err(f, 'address not recorded as real-blind6 in issue18-urls.txt')
    others = used.get(url, set()) - {'real-blind6'}
    if others:
        err(f, 'address also used by %s' % sorted(others))
    lang = d.get('language')
    if lang not in ('fr', 'en'): err(f, 'language %r' % lang)
    langs[lang] += 1
    pub = str(d.get('published_on'))
    if not FULLDATE.match(pub): err(f, 'published_on %r is not YYYY-MM-DD' % pub)
    outlets.add(d.get('outlet'))
    text = d.get('text') or ''
    if not text.endswith('\n') or text.endswith('\n\n'):
        err(f, 'text must end with exactly one newline')
    claims = d.get('claims') or []
    if not isinstance(claims, list): err(f, 'claims is not a list'); claims = []
    for i, c in enumerate(claims):
        where = 'claim %d' % (i + 1)
        kind = c.get('kind')
        if kind not in KEYS:
            err(f, '%s: kind %r' % (where, kind)); continue
        counts[(kind, lang)] += 1
        have = set(c) - COMMON
        missing = (KEYS[kind] | COMMON) - set(c)
        if missing: err(f, '%s: missing keys %s' % (where, sorted(missing)))
        bad = have - KEYS[kind] - OPTIONAL.get(kind, set())
        if bad: err(f, '%s: unexpected keys %s' % (where, sorted(bad)))
        if c.get('teaser') is not False: err(f, '%s: teaser must be false' % where)
        q, pre = c.get('quote'), c.get('prefix')
        if not isinstance(q, str) or not q:
            err(f, '%s: empty quote' % where)
        else:
            n = text.count(q)
            if pre is None:
                if n != 1: err(f, '%s: quote occurs %d times: %r' % (where, n, q[:60]))
            else:
                if n < 2: err(f, '%s: prefix given but quote occurs %d times' % (where, n))
                if text.count(pre + q) != 1: err(f, '%s: prefix+quote does not occur exactly once' % where)
        if kind == 'upr_review':
            if c.get('state') not in iso3: err(f, '%s: state %r not ISO3' % (where, c.get('state')))
            if c.get('cycle') not in (None, 1, 2, 3, 4): err(f, '%s: cycle %r' % (where, c.get('cycle')))
            t, a, n_ = c.get('recommendations_total'), c.get('accepted'), c.get('noted')
            for k_, v in (('recommendations_total', t), ('accepted', a), ('noted', n_)):
                if v is not None and (not isinstance(v, int) or v < 0): err(f, '%s: %s %r' % (where, k_, v))
            if None not in (t, a, n_) and a + n_ != t: err(f, '%s: accepted + noted != total' % where)
            if t is not None and a is not None and a > t: err(f, '%s: accepted > total' % where)
            if 'reviewed_on' in c:
                r = str(c['reviewed_on'])
                if not DATE.match(r): err(f, '%s: reviewed_on %r' % (where, r))
                elif not not_after(r, pub): err(f, '%s: reviewed_on after publication' % where)
            if 'adopted_at_hrc_session' in c and not isinstance(c['adopted_at_hrc_session'], int):
                err(f, '%s: adopted_at_hrc_session %r' % (where, c['adopted_at_hrc_session']))
        elif kind == 'treaty_action':
            if c.get('party') not in iso3: err(f, '%s: party %r not ISO3' % (where, c.get('party')))
            if c.get('treaty') not in codes: err(f, '%s: treaty %r not in treaties.yaml' % (where, c.get('treaty')))
            if c.get('action') not in ACTIONS: err(f, '%s: action %r' % (where, c.get('action')))
            dt, db = c.get('date'), c.get('date_basis')
            if dt is None:
                if db is not None: err(f, '%s: date_basis without date' % where)
            else:
                dt = str(dt)
                if not DATE.match(dt): err(f, '%s: date %r' % (where, dt))
                elif not not_after(dt, pub): err(f, '%s: action dated after publication' % where)
                if db not in ('stated', 'inferred'): err(f, '%s: date_basis %r' % (where, db))
        elif kind == 'reported_figure':
            s = c.get('subject')
            if s not in iso3 and s not in codes: err(f, '%s: subject %r neither ISO3 nor treaty code' % (where, s))
            if not SNAKE.match(str(c.get('metric'))): err(f, '%s: metric %r not snake_case' % (where, c.get('metric')))
            if not isinstance(c.get('label_en'), str) or not c.get('label_en'): err(f, '%s: label_en' % where)
            if not isinstance(c.get('value'), (int, float)) or isinstance(c.get('value'), bool): err(f, '%s: value %r' % (where, c.get('value')))
            if c.get('out_of') is not None and not isinstance(c.get('out_of'), (int, float)): err(f, '%s: out_of' % where)
            if c.get('qualifier') not in QUALIFIERS: err(f, '%s: qualifier %r' % (where, c.get('qualifier')))
        elif kind == 'hrc_membership':
            if c.get('state') not in iso3: err(f, '%s: state %r not ISO3' % (where, c.get('state')))
            if c.get('status') not in STATUS: err(f, '%s: status %r' % (where, c.get('status')))
            ts, te = c.get('term_start'), c.get('term_end')
            if (ts is None) != (te is None): err(f, '%s: term needs both years or neither' % where)
            elif ts is not None:
                if not (isinstance(ts, int) and isinstance(te, int)): err(f, '%s: term years not integers' % where)
                elif te - ts != 2: warn(f, '%s: term %s-%s is not three calendar years' % (where, ts, te))
for u, n in seen_urls.items():
    if n > 1: errors.append('address used by %d files: %s' % (n, u))

print('%d files; languages %s' % (len(files), dict(langs)))
tot = collections.Counter()
for kind in KEYS:
    fr, en = counts[(kind, 'fr')], counts[(kind, 'en')]
    tot['fr'] += fr; tot['en'] += en
    print('  %-16s fr %3d  en %3d  total %3d' % (kind, fr, en, fr + en))
print('  %-16s fr %3d  en %3d  total %3d' % ('total', tot['fr'], tot['en'], tot['fr'] + tot['en']))
print('%d outlets' % len(outlets))
for w in warnings: print('WARNING', w)
for e in errors: print('ERROR', e)
print('%d errors, %d warnings' % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
