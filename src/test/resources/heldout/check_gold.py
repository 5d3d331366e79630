#!/usr/bin/env python3
"""Sanity check for the held-out gold files in this folder.

usage: python3 check_gold.py [DIR]

For every NAME.json (with NAME.txt beside it) checks that
  - every citation `quote` and every named `quote` is an exact substring of NAME.txt,
    and that they occur in reading order without overlapping (each found after the
    end of the previous one);
  - every `type` is a valid type code, every `relation` a known relation;
  - `date` is an ISO calendar date or null; `date_as_written` only with a null date;
  - `symbol` has no spaces, and its number appears in the quote;
  - a digit date d/m/yyyy inside the quote agrees with `date`;
  - `document` has the expected keys.
Prints a per-file summary and the type coverage; exits 1 on any error.
"""
import datetime, json, os, re, sys, unicodedata
from collections import Counter

TYPES = set("""HIEN_PHAP BO_LUAT LUAT PHAP_LENH NGHI_DINH NGHI_QUYET QUYET_DINH
CHI_THI THONG_TU THONG_TU_LIEN_TICH KET_LUAN QUY_DINH QUY_CHE HUONG_DAN KE_HOACH
CHUONG_TRINH DE_AN DU_AN PHUONG_AN BAO_CAO THONG_BAO CONG_VAN TO_TRINH CONG_DIEN
THONG_TRI OTHER""".split())
RELATIONS = {"implements", "replaces", "amends", "responds_to", "guides", "cites"}
DOC_KEYS = {"type", "symbol", "date", "place", "issuer", "implements"}


def iso_or_none(s):
    if s is None:
        return True
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check(dirname):
    errors, cover, total = [], Counter(), 0
    names = sorted(f[:-5] for f in os.listdir(dirname) if f.endswith(".json"))
    if not names:
        errors.append("no .json files found")
    for name in names:
        def err(msg):
            errors.append(f"{name}: {msg}")
        jpath, tpath = (os.path.join(dirname, name + e) for e in (".json", ".txt"))
        if not os.path.exists(tpath):
            err("missing .txt")
            continue
        text = open(tpath, encoding="utf-8").read()
        gold = json.load(open(jpath, encoding="utf-8"))
        if gold.get("file") != name + ".txt":
            err(f"file field {gold.get('file')!r} != {name + '.txt'!r}")
        doc = gold.get("document") or {}
        missing = DOC_KEYS - set(doc)
        if missing:
            err(f"document lacks {sorted(missing)}")
        if doc.get("type") not in TYPES:
            err(f"document type {doc.get('type')!r} invalid")
        if not iso_or_none(doc.get("date")):
            err(f"document date {doc.get('date')!r} not ISO")

        pos = 0  # end of the previous match: quotes must not overlap
        cits = gold.get("citations", [])
        for i, c in enumerate(cits):
            q = c.get("quote", "")
            tag = f"citation {i} {q!r}"
            if not q or q not in text:
                err(f"{tag}: quote not in text")
            else:
                p = text.find(q, pos)
                if p < 0:
                    err(f"{tag}: out of reading order (first at {text.find(q)}, previous ended at {pos})")
                else:
                    pos = p + len(q)
            if c.get("type") not in TYPES:
                err(f"{tag}: type {c.get('type')!r} invalid")
            if c.get("relation") not in RELATIONS:
                err(f"{tag}: relation {c.get('relation')!r} invalid")
            sym = c.get("symbol")
            if not sym or re.search(r"\s", sym):
                err(f"{tag}: symbol {sym!r} empty or has spaces")
            else:
                num = re.match(r"\d+", sym)
                if not num or num.group(0) not in q:
                    err(f"{tag}: number of {sym!r} not in quote")
            if "date" not in c or not iso_or_none(c["date"]):
                err(f"{tag}: date {c.get('date')!r} not ISO or null")
            if "date_as_written" in c:
                if c.get("date") is not None:
                    err(f"{tag}: date_as_written with a non-null date")
                if c["date_as_written"] not in q:
                    err(f"{tag}: date_as_written not in quote")
            flat = " ".join(q.split())
            m = re.findall(r"(\d{1,2})/(\d{1,2})/(\d{4})", flat)
            if len(m) == 1 and c.get("date"):
                d, mo, y = map(int, m[0])
                if f"{y:04d}-{mo:02d}-{d:02d}" != c["date"]:
                    err(f"{tag}: date {c['date']} disagrees with quote")
            if "issuer" not in c:
                err(f"{tag}: no issuer key")
            cover[c.get("type")] += 1
        npos = 0
        for i, n in enumerate(gold.get("named", [])):
            q = n.get("quote", "")
            tag = f"named {i} {q!r}"
            if not q or q not in text:
                err(f"{tag}: quote not in text")
            else:
                p = text.find(q, npos)
                if p < 0:
                    err(f"{tag}: out of reading order")
                else:
                    npos = p + len(q)
            if n.get("type") not in TYPES:
                err(f"{tag}: type {n.get('type')!r} invalid")
            if n.get("year") is not None and not isinstance(n.get("year"), int):
                err(f"{tag}: year must be int or null")
            if not n.get("name"):
                err(f"{tag}: no name")
        total += len(cits)
        print(f"{name}: {len(text)} chars, {len(cits)} citations, {len(gold.get('named', []))} named")
    print(f"total citations: {total}")
    print("types cited: " + ", ".join(f"{t}={n}" for t, n in sorted(cover.items())))
    absent = sorted(TYPES - set(cover) - {"OTHER", "HIEN_PHAP", "BO_LUAT"})
    if absent:
        print("types never cited: " + ", ".join(absent))
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return not errors


if __name__ == "__main__":
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(0 if check(d) else 1)
