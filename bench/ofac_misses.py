#!/usr/bin/env python3
"""ofac_misses.py — the OFAC a.k.a.s that search misses (bench/quality.py's ofac-aliases), sorted
by what kind of difference each is from the listed primary name.

Each row of the miss file (query, expected id, expected name, ...) is scored against its expected
name by `cordon compare --pairs --explain`, the words weighed by an index of the OFAC SDN
individuals' primary names (the benchmark's index), and sorted by what the explanation leaves
over:

  another name               no word met (a kunya, a nom de guerre, another family)
  a part replaced            words left on both sides, none near another
  a part respelt and another replaced
  the same name respelt      every leftover word near one of the other side (difflib ratio 0.6)
  transliteration variant    every leftover word of one consonant skeleton with one of the other
                             side, after folding the letters romanisations trade (kh/h, q/k, ...)
  every part met, by weak spellings
  parts added / dropped      words left on one side only (one word, or more)
  a title added / for a name the leftover words are titles
  words joined or split      the same letters with the words cut elsewhere (Abdulsattar /
                             Abdul Sattar)
  initials                   a one-letter word left, the other words met
  order                      the same words in another order

The sort is by rule of thumb: a class is a place to read, not a verdict. Prints a Markdown table
(rows per class, how many compare scores at the threshold or more — search's to find — and three
examples); --rows FILE writes each row with its class and explanation.

Usage: bench/ofac_misses.py [--cordon build/cordon] [--threshold 0.8] [--rows FILE] MISSES.tsv
"""
import argparse
import collections
import csv
import difflib
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
import quality  # noqa: E402  (the benchmark's own reading of the OFAC files)

TITLES = {"dr", "doctor", "sheikh", "shaykh", "shaikh", "sheik", "haji", "hajji", "mullah", "mulla", "maulana",
          "mawlana", "maulvi", "mawlawi", "qari", "syed", "sayed", "sayyid", "seyed", "seyyed", "sayyed", "general",
          "colonel", "col", "gen", "major", "captain", "mufti", "imam", "hafiz", "hafez", "engineer", "eng", "prof",
          "professor", "mr", "mrs", "ms", "judge", "abu", "abou", "umm", "um", "hojatoleslam", "ayatollah", "amir",
          "emir", "commander", "lt", "brigadier"}

# Letters that romanisations of one Arabic, Persian or Cyrillic name trade for each other.
FOLD = [("kh", "h"), ("gh", "g"), ("dh", "z"), ("th", "s"), ("sh", "s"), ("ch", "s"), ("zh", "z"), ("dj", "j"),
        ("ph", "f"), ("q", "k"), ("c", "k"), ("x", "ks"), ("w", "v"), ("y", "i"), ("ou", "u"), ("oo", "u"),
        ("ee", "i")]


def words(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    return [w for w in re.split(r"[^a-z0-9]+", s.replace("'", "")) if w]


def skeleton(w):
    for a, b in FOLD:
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)
    return re.sub(r"[aeiouh]", "", w) or w[:1]


def alike(a, b):
    if skeleton(a) == skeleton(b):
        return "translit"
    return "respelt" if difflib.SequenceMatcher(None, a, b).ratio() >= 0.6 else None


def leftovers_class(uq, un):
    """The class of a row with words left on both sides (uq of the query, un of the name)."""
    if "".join(uq) == "".join(un) or any(a == "".join(un) for a in uq) or any(b == "".join(uq) for b in un):
        return "words joined or split"
    kinds = []
    for a in uq:
        best = None
        for b in un:
            k = alike(a, b)
            if k == "translit" or (k and not best):
                best = k
        kinds.append(best)
    if all(k == "translit" for k in kinds):
        return "transliteration variant"
    if all(kinds):
        return "the same name respelt"
    return "a part respelt and another replaced" if any(kinds) else "a part replaced by another name"


def classify(query, name, why):
    qw, nw = words(query), words(name)
    uq = re.findall(r"(\S+) unmatched in query", why)
    un = re.findall(r"(\S+) unmatched in name", why)
    met = re.findall(r" [=~] \S+ \(", why)
    if not met:
        joined = difflib.SequenceMatcher(None, "".join(qw), "".join(nw)).ratio() >= 0.8
        return "words joined or split" if joined else "another name (nothing met)"
    if sorted(qw) == sorted(nw):
        return "order"
    if any(len(w) == 1 for w in qw + nw) and (set(w for w in qw if len(w) > 1) <= set(nw)
                                              or set(w for w in nw if len(w) > 1) <= set(qw)):
        return "initials"
    if not uq and not un:
        return "every part met, by weak spellings"
    if uq and not un:
        if all(w in TITLES for w in uq):
            return "a title added"
        return "parts added: one word" if len(uq) == 1 else "parts added: two words or more"
    if un and not uq:
        return "parts dropped"
    if all(w in TITLES for w in uq):
        return "a title for a name"
    return leftovers_class(uq, un)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("misses", help="bench/quality.py's ofac-aliases.tsv")
    ap.add_argument("--cordon", default="build/cordon")
    ap.add_argument("--threshold", type=float, default=0.80)
    ap.add_argument("--rows", help="write each row, its class and explanation here (TSV)")
    args = ap.parse_args()
    people = quality.ofac_individuals(quality.shared_data())
    with open(args.misses, encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))[1:]
    with tempfile.TemporaryDirectory() as work:
        lpath, ppath = os.path.join(work, "ofacp.csv"), os.path.join(work, "pairs.csv")
        quality.write_custom_list(lpath, [(eid, "Person", [p]) for eid, (p, _) in sorted(people.items())])
        with open(ppath, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["name1", "name2", "schema"])
            for r in rows:
                w.writerow([r[0], r[2], "Person"])
        out = subprocess.run([args.cordon, "compare", "--pairs", ppath, "--explain", "-l", "csv:" + lpath],
                             check=True, capture_output=True, text=True).stdout
    scored = list(csv.reader(out.splitlines()))[1:]
    by_class = collections.defaultdict(list)
    for query, name, _, score, _, why in scored:
        by_class[classify(query, name, why)].append((query, name, float(score), why))
    print("| kind | rows | compare ≥ %.2f | examples (compare) |" % args.threshold)
    print("|---|---:|---:|---|")
    for c, items in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        sure = sum(1 for _, _, s, _ in items if s >= args.threshold)
        ex = "; ".join(f"*{q}* / *{n}* ({s:.2f})" for q, n, s, _ in items[:3])
        print(f"| {c} | {len(items)} | {sure} | {ex} |")
    print(f"| all | {len(scored)} | | |")
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as f:
            for c, items in by_class.items():
                for q, n, s, why in items:
                    f.write(f"{c}\t{q}\t{n}\t{s}\t{why}\n")


if __name__ == "__main__":
    main()
