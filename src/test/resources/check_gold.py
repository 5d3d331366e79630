#!/usr/bin/env python3
"""Validate the gold files of this folder (or of the folder given).

usage: check_gold.py [DIR]

For every NAME.json in DIR, with NAME.txt beside it, checks that:
  - NAME.txt is UTF-8 and 2,500-6,000 characters long; "file" is NAME.txt;
  - "document" has type/symbol/date/place/issuer/implements, a valid type, an
    ISO date or null, a symbol without spaces, and that every symbol in
    "implements" is cited with relation implements or responds_to;
  - every citation has quote/type/symbol/date/issuer/relation; type and
    relation are valid codes; symbol has no whitespace and the shape of a
    state, normative or Party number; date is ISO (a real calendar day) or null;
  - every citation quote occurs in NAME.txt, in reading order, and quotes
    (citations and named) do not overlap; quotes have no outer whitespace;
  - the quote contains the symbol's leading number;
  - a date written in the quote agrees with "date"; an impossible date has
    date null and date_as_written (which must occur in the quote and must
    really be impossible); a date not written in the quote (shared by a list)
    must appear in the text shortly after the quote, and needs a note;
  - named entries have quote/type/name/year, a valid type and an int or null
    year, and their quotes occur in reading order.
Exit status 0 when every file passes, 1 otherwise.
"""
import datetime, json, os, re, sys, unicodedata

TYPES = set("""HIEN_PHAP BO_LUAT LUAT PHAP_LENH NGHI_DINH NGHI_QUYET QUYET_DINH
CHI_THI THONG_TU THONG_TU_LIEN_TICH KET_LUAN QUY_DINH QUY_CHE HUONG_DAN KE_HOACH
CHUONG_TRINH DE_AN DU_AN PHUONG_AN BAO_CAO THONG_BAO CONG_VAN TO_TRINH CONG_DIEN
THONG_TRI OTHER""".split())
RELATIONS = {"implements", "replaces", "amends", "responds_to", "cites", "guides"}

G = r"[A-ZĐ][A-Za-zĐđ&.\d]*"
SYMBOL = re.compile(
    rf"^(\d{{1,5}}[a-z]?/{G}(-{G})+"                 # 1234/QĐ-UBND, 678/STNMT-QLĐĐ, 30c/NQ-CP
    rf"|\d{{1,4}}/(19|20)\d\d/{G}(-{G})*"            # 12/2024/NĐ-CP, 24/2024/QH15
    rf"|\d{{1,4}}-{G}/{G}(-{G})*)$")                 # 12-NQ/TU, 21-KH/BTGTU-BCSĐUBND

DATE_DIGITS = re.compile(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
# Words may be glued in copied pages: "tháng 12năm 2009", "năm2013".
DATE_WORDS = re.compile(r"(?<!\d)(\d{1,2})\s+th\S{0,3}ng\s+(\d{1,2})\s*n\S{1,3}m\s*(\d{4})", re.I)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def dates_in(s):
    """(day, month, year, as_written) found in s; a year glued to a footnote
    digit ('20241') is read as its first four digits."""
    out = []
    for rx in (DATE_DIGITS, DATE_WORDS):
        for m in rx.finditer(s):
            d, mo, y = (int(x) for x in m.groups())
            out.append((m.start(), d, mo, y, m.group(0)))
    return [o[1:] for o in sorted(out)]


def real(d, mo, y):
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def iso_ok(s):
    if s is None:
        return True
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def lead_number(sym):
    m = re.match(r"\d+", sym)
    return m.group(0) if m else None


def check(dirname, name, errs):
    def err(msg):
        errs.append(f"{name}: {msg}")

    try:
        raw = open(os.path.join(dirname, name + ".txt"), "rb").read()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        err(f"cannot read {name}.txt as UTF-8: {e}")
        return None
    try:
        gold = json.load(open(os.path.join(dirname, name + ".json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        err(f"cannot read {name}.json: {e}")
        return None
    # The hand-written held-out sets were written to a length; real documents come as published.
    if os.path.basename(os.path.normpath(dirname)).startswith("heldout") and not 2500 <= len(text) <= 6000:
        err(f"text length {len(text)} outside 2,500-6,000 characters")
    if gold.get("file") != name + ".txt":
        err(f"'file' is {gold.get('file')!r}, expected {name + '.txt'!r}")

    doc = gold.get("document")
    if not isinstance(doc, dict):
        err("missing 'document'")
        doc = {}
    for k in ("type", "symbol", "date", "place", "issuer", "implements"):
        if k not in doc:
            err(f"document lacks '{k}'")
    if doc.get("type") not in TYPES:
        err(f"document type {doc.get('type')!r} is not a valid code")
    if not iso_ok(doc.get("date")):
        err(f"document date {doc.get('date')!r} is not ISO or null")
    if doc.get("symbol") is not None and (re.search(r"\s", doc["symbol"]) or not SYMBOL.match(doc["symbol"])):
        err(f"document symbol {doc.get('symbol')!r} has spaces or a bad shape")

    cits = gold.get("citations", [])
    named = gold.get("named", [])
    spans = []
    pos = 0
    for i, c in enumerate(cits):
        tag = f"citation {i + 1}"
        for k in ("quote", "type", "symbol", "date", "issuer", "relation"):
            if k not in c:
                err(f"{tag} lacks '{k}'")
        q, sym = c.get("quote", ""), c.get("symbol") or ""
        tag += f" ({sym})"
        if c.get("type") not in TYPES:
            err(f"{tag}: type {c.get('type')!r} is not a valid code")
        if c.get("relation") not in RELATIONS:
            err(f"{tag}: relation {c.get('relation')!r} is not valid")
        if not sym or re.search(r"\s", sym):
            err(f"{tag}: symbol empty or contains whitespace")
        elif not SYMBOL.match(sym):
            err(f"{tag}: symbol {sym!r} does not have a document-number shape")
        if nfc(sym) != sym:
            err(f"{tag}: symbol not in NFC")
        if not iso_ok(c.get("date")):
            err(f"{tag}: date {c.get('date')!r} is not ISO (or not a real day) or null")
        if not q or q != q.strip():
            err(f"{tag}: quote empty or with outer whitespace")
            continue
        j = text.find(q, pos)
        if j < 0:
            if q in text:
                err(f"{tag}: quote {q!r} occurs only before the previous citation (reading order)")
            else:
                err(f"{tag}: quote {q!r} not found in {name}.txt")
            continue
        spans.append((j, j + len(q), tag))
        pos = j + len(q)

        # symbol number present in the quote (OCR 'l' for '1' undone)
        qn = re.sub(r"(?<![A-Za-z])[lI](?=\d)", "1", q)
        qn = re.sub(r"\s+", "", qn)
        lead = lead_number(sym)
        if lead and lead not in qn:
            err(f"{tag}: the number {lead} is not in the quote {q!r}")

        # dates
        ds = dates_in(q)
        gd, daw = c.get("date"), c.get("date_as_written")
        if daw is not None:
            if gd is not None:
                err(f"{tag}: date_as_written given but date is not null")
            if daw not in q:
                err(f"{tag}: date_as_written {daw!r} not in the quote")
            found = dates_in(daw)
            if not found:
                err(f"{tag}: date_as_written {daw!r} is not a readable date")
            elif real(*found[0][:3]) is not None:
                err(f"{tag}: date_as_written {daw!r} is a real date; give it as 'date'")
        elif ds:
            d, mo, y, w = ds[-1]
            rd = real(d, mo, y)
            if rd is None:
                err(f"{tag}: quote holds the impossible date {w!r}: date must be null with date_as_written")
            elif gd != rd.isoformat():
                err(f"{tag}: date {gd!r} disagrees with {w!r} in the quote")
        elif gd is not None:
            after = text[j + len(q): j + len(q) + 300]
            if not any(real(d, mo, y) and real(d, mo, y).isoformat() == gd for d, mo, y, _ in dates_in(after)):
                err(f"{tag}: date {gd} is neither in the quote nor shortly after it")
            if not c.get("note"):
                err(f"{tag}: date {gd} taken from outside the quote needs a note")

    npos = 0
    for i, n in enumerate(named):
        tag = f"named {i + 1}"
        for k in ("quote", "type", "name", "year"):
            if k not in n:
                err(f"{tag} lacks '{k}'")
        if n.get("type") not in TYPES:
            err(f"{tag}: type {n.get('type')!r} is not a valid code")
        y = n.get("year")
        if y is not None and (not isinstance(y, int) or isinstance(y, bool) or not 1900 <= y <= 2100):
            err(f"{tag}: year {y!r} is not an int or null")
        q = n.get("quote", "")
        if not q or q != q.strip():
            err(f"{tag}: quote empty or with outer whitespace")
            continue
        j = text.find(q, npos)
        while j >= 0 and any(a < j + len(q) and j < b for a, b, _ in spans if not _.startswith("named")):
            j = text.find(q, j + 1)
        if j < 0:
            err(f"{tag}: quote {q!r} not found (in reading order, outside citations)")
            continue
        spans.append((j, j + len(q), tag))
        npos = j + len(q)

    spans.sort()
    for (a1, b1, t1), (a2, b2, t2) in zip(spans, spans[1:]):
        if a2 < b1:
            err(f"{t1} and {t2} overlap")

    rels = {}
    for c in cits:
        rels.setdefault(c.get("symbol"), set()).add(c.get("relation"))
    for s in doc.get("implements") or []:
        if not rels.get(s, set()) & {"implements", "responds_to"}:
            err(f"document.implements lists {s!r}, not cited with relation implements/responds_to")
    return len(cits), len(named)


def main():
    # One validator for every gold folder: the ones named, else both held-out sets beside this script.
    here = os.path.dirname(os.path.abspath(__file__))
    dirnames = sys.argv[1:] or [os.path.join(here, "heldout"), os.path.join(here, "heldout-blind")]
    errs = []
    for dirname in dirnames:
        names = sorted(f[:-5] for f in os.listdir(dirname) if f.endswith(".json"))
        txts = sorted(f[:-4] for f in os.listdir(dirname) if f.endswith(".txt"))
        for t in set(txts) - set(names):
            errs.append(f"{t}.txt has no gold {t}.json")
        tc = tn = 0
        for n in names:
            r = check(dirname, n, errs)
            if r:
                tc += r[0]; tn += r[1]
                print(f"{n}: {r[0]} citations, {r[1]} named")
        print(f"{dirname}: {len(names)} files, {tc} citations, {tn} named")
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
