#!/usr/bin/env python3
"""Quick cross-check of a Heartland data folder (default: assets/data).

Independent of the Rust loader: it reads the seven files in the formats of
DESIGN.md ("Data files") and reports every problem it finds, one per line,
as `file: location: reason`. Exit status 0 when clean, 1 when there are
problems, 2 on usage errors.

Checks: JSON syntax (a UTF-8 byte-order mark is accepted), `format` is 1,
allowed and required keys per record, id syntax and uniqueness, every
referenced country / place / source exists, dates are real calendar dates,
`to` after `from`, no overlapping periods (memberships of one country in one
organization, periods of one relation, status periods of one corridor),
scores finite and in [-1, 1], coordinates on the globe, closed vocabularies
(src/model/kinds.rs), stance positions allowed for their kind, every record
and sub-record cites a source that exists, quoted evidence at most 15 words.

Usage: python3 scripts/check_data.py [DIR] [--sources DIR]
"""

import json
import math
import os
import re
import sys

FILES = ["sources", "countries", "places", "organizations", "relations", "corridors", "stances"]
COMMON = {"source", "evidence", "note"}

ORG_KINDS = {"security", "economic", "political", "religious", "cultural", "transport", "energy"}
MEMBERSHIP_STATUS = {"member", "observer", "partner", "associate", "candidate", "suspended"}
DIMENSIONS = {"political", "security", "economic", "energy", "transport"}
CORRIDOR_KINDS = {"rail", "road", "sea", "multimodal", "oil-pipeline", "gas-pipeline"}
SEGMENT_MODES = {"rail", "road", "sea", "oil-pipeline", "gas-pipeline"}
CORRIDOR_STATUS = {"proposed", "under-construction", "operational", "suspended", "abandoned"}
PLACE_KINDS = {"capital", "city", "port", "terminal", "crossing", "junction", "field", "other"}
POSITIONS = {
    "un-vote": {"yes", "no", "abstain", "absent"},
    "recognition": {"recognizes", "rejects", "silent"},
    "statement": {"supports", "opposes", "neutral", "silent"},
}
GROUPS = {"Central Asia", "South Caucasus", "Neighbour", "Other"}

# key -> required?  (per record type)
KEYS = {
    "source": {"id": True, "title": True, "author": False, "outlet": False, "date": False,
               "file": False, "url": False, "note": False},
    "country": {"code": True, "name": True, "capital": False, "group": True},
    "place": {"id": True, "name": True, "country": True, "kind": True, "lon": True, "lat": True},
    "organization": {"id": True, "acronym": True, "name": True, "kind": True, "founded": False,
                     "color": False, "memberships": False, "facts": False},
    "membership": {"country": True, "status": True, "from": True, "to": False},
    "relation": {"a": True, "b": True, "dimension": True, "directed": False, "series": True},
    "period": {"from": True, "to": False, "score": True},
    "corridor": {"id": True, "name": True, "kind": True, "countries": False, "segments": False,
                 "status": False, "facts": False},
    "segment": {"mode": True, "via": True},
    "status": {"from": True, "to": False, "status": True},
    "stance": {"id": True, "title": True, "date": True, "kind": True, "positions": False,
               "totals": False},
}

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CODE = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
QUOTE = re.compile(r"\"([^\"]*)\"")

problems = []


def problem(file, where, reason):
    problems.append(f"{file}.json: {where}: {reason}")


def days_in_month(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def parse_date(s):
    """(year, month, day) of the first day the date covers, or None."""
    if not isinstance(s, str):
        return None
    mt = DATE.match(s)
    if not mt:
        return None
    y = int(mt.group(1))
    mo = int(mt.group(2)) if mt.group(2) else 1
    d = int(mt.group(3)) if mt.group(3) else 1
    if not 1 <= mo <= 12 or not 1 <= d <= days_in_month(y, mo):
        return None
    return (y, mo, d)


def check_date(file, where, key, value):
    if parse_date(value) is None:
        problem(file, where, f'"{key}" is "{value}", not a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
        return None
    return parse_date(value)


def check_keys(file, where, rec, kind, extra_common=True):
    if not isinstance(rec, dict):
        problem(file, where, f"expected an object ({kind}), found {type(rec).__name__}")
        return False
    allowed = dict(KEYS[kind])
    if extra_common:
        for k in COMMON:
            allowed.setdefault(k, False)
    for k in rec:
        if k not in allowed:
            problem(file, where, f'unknown key "{k}" (allowed: {", ".join(sorted(allowed))})')
    for k, req in allowed.items():
        if req and k not in rec:
            problem(file, where, f'missing required key "{k}"')
    return True


def check_common(file, where, rec, sources, require_source=True):
    s = rec.get("source")
    if s is None:
        if require_source:
            problem(file, where, 'no "source"')
    elif s not in sources:
        problem(file, where, f'source "{s}" is not in sources.json')
    for k in ("evidence", "note"):
        if k in rec and not (isinstance(rec[k], str) and rec[k].strip()):
            problem(file, where, f'"{k}" must be a non-empty string')
    ev = rec.get("evidence")
    if isinstance(ev, str):
        for q in QUOTE.findall(ev):
            if len(q.split()) > 15:
                problem(file, where, f"quoted evidence has {len(q.split())} words (at most 15)")


def interval(file, where, rec):
    f = check_date(file, where, "from", rec.get("from"))
    t = None
    if "to" in rec:
        t = check_date(file, where, "to", rec.get("to"))
    if f and t and not f < t:
        problem(file, where, f'"to" ({rec["to"]}) is not after "from" ({rec["from"]})')
        return None
    if f is None:
        return None
    return (f, t if t else (99999, 1, 1), rec.get("from"), rec.get("to"))


def overlaps(file, label, ivs):
    ivs = sorted((iv for iv in ivs if iv[1] is not None), key=lambda x: x[1][0])
    for (w1, a), (w2, b) in zip(ivs, ivs[1:]):
        if b[0] < a[1]:
            problem(file, w2, f"{label}: period {b[2]}..{b[3] or ''} overlaps {a[2]}..{a[3] or ''} ({w1})")


def load(folder, name):
    path = os.path.join(folder, name + ".json")
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        problem(name, "file", f"cannot read: {e.strerror}")
        return []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problem(name, f"byte {e.start}", "invalid UTF-8")
        return []
    try:
        doc = json.loads(text, parse_constant=lambda c: float("nan"))
    except json.JSONDecodeError as e:
        problem(name, f"line {e.lineno}:{e.colno}", f"JSON syntax: {e.msg}")
        return []
    if not isinstance(doc, dict):
        problem(name, "top level", "expected an object with \"format\" and \"%s\"" % name)
        return []
    if doc.get("format") != 1:
        problem(name, "format", f"format is {doc.get('format')!r}; this checker understands 1")
    for k in doc:
        if k not in ("format", name) and not (name == "sources" and k == "as_of"):
            problem(name, "top level", f'unknown key "{k}"')
    if name == "sources" and "as_of" in doc:
        check_date(name, "top level", "as_of", doc["as_of"])
    recs = doc.get(name)
    if not isinstance(recs, list):
        problem(name, name, "expected a list")
        return []
    return recs


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    folder = os.path.join(here, "..", "assets", "data")
    sources_dir = os.path.join(here, "..", "..", "shared", "sources")
    args = list(argv)
    if "--sources" in args:
        i = args.index("--sources")
        if i + 1 >= len(args):
            print("usage: check_data.py [DIR] [--sources DIR]", file=sys.stderr)
            return 2
        sources_dir = args[i + 1]
        del args[i:i + 2]
    if len(args) > 1 or any(a.startswith("-") for a in args):
        print("usage: check_data.py [DIR] [--sources DIR]", file=sys.stderr)
        return 2
    if args:
        folder = args[0]
    if not os.path.isdir(folder):
        print(f"check_data.py: {folder} is not a folder", file=sys.stderr)
        return 2

    data = {n: load(folder, n) for n in FILES}

    # sources
    sources = set()
    for i, r in enumerate(data["sources"]):
        w = f"sources[{i}]"
        if not check_keys("sources", w, r, "source", extra_common=False):
            continue
        sid = r.get("id")
        if not isinstance(sid, str) or not SLUG.match(sid) or len(sid) > 64:
            problem("sources", w, f'id {sid!r} is not a lower-case slug')
        elif sid in sources:
            problem("sources", w, f'duplicate id "{sid}"')
        sources.add(sid)
        if "date" in r:
            check_date("sources", w, "date", r["date"])
        if "note" in r and not (isinstance(r["note"], str) and r["note"].strip()):
            problem("sources", w, '"note" must be a non-empty string')
        if "file" in r and os.path.isdir(sources_dir):
            if not os.path.isfile(os.path.join(sources_dir, str(r["file"]))):
                problem("sources", w, f'file "{r["file"]}" not found in {sources_dir}')

    # countries (codes first, capitals checked after places)
    countries = {}
    for i, r in enumerate(data["countries"]):
        w = f"countries[{i}]"
        if not check_keys("countries", w, r, "country"):
            continue
        c = r.get("code")
        if not isinstance(c, str) or not CODE.match(c):
            problem("countries", w, f"code {c!r} is not an ISO 3166-1 alpha-3 code")
        elif c in countries:
            problem("countries", w, f'duplicate code "{c}"')
        else:
            countries[c] = r
        if r.get("group") not in GROUPS:
            problem("countries", w, f'group {r.get("group")!r} is not one of {sorted(GROUPS)}')
        check_common("countries", w, r, sources)

    def need_country(file, w, c):
        if c not in countries:
            problem(file, w, f"country {c!r} is not in countries.json")

    # places
    places = {}
    for i, r in enumerate(data["places"]):
        w = f"places[{i}]"
        if not check_keys("places", w, r, "place"):
            continue
        pid = r.get("id")
        if not isinstance(pid, str) or not SLUG.match(pid):
            problem("places", w, f"id {pid!r} is not a lower-case slug")
        elif pid in places:
            problem("places", w, f'duplicate id "{pid}"')
        else:
            places[pid] = r
        need_country("places", w, r.get("country"))
        if r.get("kind") not in PLACE_KINDS:
            problem("places", w, f"kind {r.get('kind')!r} is not one of {sorted(PLACE_KINDS)}")
        lon, lat = r.get("lon"), r.get("lat")
        if not (isinstance(lon, (int, float)) and math.isfinite(lon) and -180 <= lon <= 180):
            problem("places", w, f"lon {lon!r} is not in [-180, 180]")
        if not (isinstance(lat, (int, float)) and math.isfinite(lat) and -90 <= lat <= 90):
            problem("places", w, f"lat {lat!r} is not in [-90, 90]")
        check_common("places", w, r, sources)

    for i, r in enumerate(data["countries"]):
        if isinstance(r, dict) and "capital" in r:
            p = places.get(r["capital"])
            if p is None:
                problem("countries", f"countries[{i}]", f"capital {r['capital']!r} is not in places.json")
            elif p.get("country") != r.get("code") or p.get("kind") != "capital":
                problem("countries", f"countries[{i}]", f"capital {r['capital']!r} is not a capital of {r.get('code')}")

    # organizations
    orgs = set()
    for i, r in enumerate(data["organizations"]):
        w = f"organizations[{i}]"
        if not check_keys("organizations", w, r, "organization"):
            continue
        oid = r.get("id")
        if not isinstance(oid, str) or not SLUG.match(oid):
            problem("organizations", w, f"id {oid!r} is not a lower-case slug")
        elif oid in orgs:
            problem("organizations", w, f'duplicate id "{oid}"')
        orgs.add(oid)
        w = f"organizations[{i}] ({oid})"
        if r.get("kind") not in ORG_KINDS:
            problem("organizations", w, f"kind {r.get('kind')!r} is not one of {sorted(ORG_KINDS)}")
        if "founded" in r:
            check_date("organizations", w, "founded", r["founded"])
        if "color" in r and not (isinstance(r["color"], str) and COLOR.match(r["color"])):
            problem("organizations", w, f"color {r['color']!r} is not #rrggbb")
        check_common("organizations", w, r, sources)
        by_country = {}
        for j, m in enumerate(r.get("memberships", [])):
            mw = f"{w}.memberships[{j}]"
            if not check_keys("organizations", mw, m, "membership"):
                continue
            need_country("organizations", mw, m.get("country"))
            if m.get("status") not in MEMBERSHIP_STATUS:
                problem("organizations", mw, f"status {m.get('status')!r} is not one of {sorted(MEMBERSHIP_STATUS)}")
            check_common("organizations", mw, m, sources)
            iv = interval("organizations", mw, m)
            by_country.setdefault(m.get("country"), []).append((mw, iv))
        for c, ivs in by_country.items():
            overlaps("organizations", f"{c} in {oid}", ivs)

    # relations
    seen_rel = {}
    for i, r in enumerate(data["relations"]):
        w = f"relations[{i}]"
        if not check_keys("relations", w, r, "relation"):
            continue
        a, b, d = r.get("a"), r.get("b"), r.get("dimension")
        w = f"relations[{i}] ({a}-{b} {d})"
        need_country("relations", w, a)
        need_country("relations", w, b)
        if a == b:
            problem("relations", w, "a relation of a state with itself")
        if d not in DIMENSIONS:
            problem("relations", w, f"dimension {d!r} is not one of {sorted(DIMENSIONS)}")
        if "directed" in r and not isinstance(r["directed"], bool):
            problem("relations", w, '"directed" must be true or false')
        key = (a, b, d) if r.get("directed") else (min(a or "", b or ""), max(a or "", b or ""), d)
        if key in seen_rel:
            problem("relations", w, f"duplicate of {seen_rel[key]}")
        seen_rel[key] = w
        check_common("relations", w, r, sources)
        ivs = []
        series = r.get("series")
        if not isinstance(series, list) or not series:
            problem("relations", w, '"series" must be a non-empty list')
            continue
        for j, p in enumerate(series):
            pw = f"{w}.series[{j}]"
            if not check_keys("relations", pw, p, "period"):
                continue
            s = p.get("score")
            if isinstance(s, bool) or not isinstance(s, (int, float)) or not math.isfinite(s) or not -1 <= s <= 1:
                problem("relations", pw, f"score {s!r} is not a number in [-1, 1]")
            check_common("relations", pw, p, sources)
            ivs.append((pw, interval("relations", pw, p)))
        overlaps("relations", "relation", ivs)

    # corridors
    cors = set()
    for i, r in enumerate(data["corridors"]):
        w = f"corridors[{i}]"
        if not check_keys("corridors", w, r, "corridor"):
            continue
        cid = r.get("id")
        if not isinstance(cid, str) or not SLUG.match(cid):
            problem("corridors", w, f"id {cid!r} is not a lower-case slug")
        elif cid in cors:
            problem("corridors", w, f'duplicate id "{cid}"')
        cors.add(cid)
        w = f"corridors[{i}] ({cid})"
        if r.get("kind") not in CORRIDOR_KINDS:
            problem("corridors", w, f"kind {r.get('kind')!r} is not one of {sorted(CORRIDOR_KINDS)}")
        for c in r.get("countries", []):
            need_country("corridors", w + ".countries", c)
        check_common("corridors", w, r, sources)
        for j, s in enumerate(r.get("segments", [])):
            sw = f"{w}.segments[{j}]"
            if not check_keys("corridors", sw, s, "segment"):
                continue
            if s.get("mode") not in SEGMENT_MODES:
                problem("corridors", sw, f"mode {s.get('mode')!r} is not one of {sorted(SEGMENT_MODES)}")
            via = s.get("via")
            if not isinstance(via, list) or len(via) < 2:
                problem("corridors", sw, '"via" needs at least two points')
                via = []
            for k, v in enumerate(via):
                if isinstance(v, str):
                    if v not in places:
                        problem("corridors", f"{sw}.via[{k}]", f"place {v!r} is not in places.json")
                elif (isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v)
                      and -180 <= v[0] <= 180 and -90 <= v[1] <= 90):
                    pass
                else:
                    problem("corridors", f"{sw}.via[{k}]", f"{v!r} is neither a place id nor [lon, lat] on the globe")
            check_common("corridors", sw, s, sources, require_source=False)
        ivs = []
        for j, s in enumerate(r.get("status", [])):
            sw = f"{w}.status[{j}]"
            if not check_keys("corridors", sw, s, "status"):
                continue
            if s.get("status") not in CORRIDOR_STATUS:
                problem("corridors", sw, f"status {s.get('status')!r} is not one of {sorted(CORRIDOR_STATUS)}")
            check_common("corridors", sw, s, sources)
            ivs.append((sw, interval("corridors", sw, s)))
        overlaps("corridors", "status", ivs)
        facts = r.get("facts", {})
        if not isinstance(facts, dict):
            problem("corridors", w, '"facts" must be an object')
        else:
            for k, v in facts.items():
                if not isinstance(v, str):
                    problem("corridors", f"{w}.facts.{k}", "a fact must be a string")

    # stances
    stances = set()
    for i, r in enumerate(data["stances"]):
        w = f"stances[{i}]"
        if not check_keys("stances", w, r, "stance"):
            continue
        sid = r.get("id")
        if not isinstance(sid, str) or not SLUG.match(sid):
            problem("stances", w, f"id {sid!r} is not a lower-case slug")
        elif sid in stances:
            problem("stances", w, f'duplicate id "{sid}"')
        stances.add(sid)
        w = f"stances[{i}] ({sid})"
        check_date("stances", w, "date", r.get("date"))
        allowed = POSITIONS.get(r.get("kind"))
        if allowed is None:
            problem("stances", w, f"kind {r.get('kind')!r} is not one of {sorted(POSITIONS)}")
            allowed = set()
        check_common("stances", w, r, sources)
        pos = r.get("positions", {})
        if not isinstance(pos, dict):
            problem("stances", w, '"positions" must be an object')
            continue
        for c, v in pos.items():
            need_country("stances", f"{w}.positions.{c}", c)
            if allowed and v not in allowed:
                problem("stances", f"{w}.positions.{c}", f"{v!r} is not allowed for {r.get('kind')} ({sorted(allowed)})")
        tot = r.get("totals")
        if tot is not None:
            if r.get("kind") != "un-vote":
                problem("stances", w, '"totals" only on a un-vote stance')
            elif not isinstance(tot, dict) or set(tot) - {"yes", "no", "abstain", "absent", "source"}:
                problem("stances", w, '"totals" must be an object of yes, no, abstain, absent (and source)')
            else:
                for k in ("yes", "no", "abstain", "absent"):
                    n = tot.get(k)
                    if not (isinstance(n, int) and n >= 0):
                        problem("stances", f"{w}.totals.{k}", "must be a count")
                    elif isinstance(pos, dict) and sum(1 for v in pos.values() if v == k) > n:
                        problem("stances", f"{w}.totals.{k}", "more positions recorded than the total")
                if "source" in tot and tot["source"] not in sources:
                    problem("stances", f"{w}.totals", f'source "{tot["source"]}" is not in sources.json')

    for p in problems:
        print(p)
    counts = ", ".join(f"{n} {len(data[n])}" for n in FILES)
    if problems:
        print(f"{len(problems)} problem(s) in {folder} ({counts})")
        return 1
    print(f"clean: {folder} ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
