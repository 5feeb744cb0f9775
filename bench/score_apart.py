#!/usr/bin/env python3
"""score_apart.py — names that two lists give alike but that score apart for one query.

Reads `cordon screen` JSON lines (one query per line, its results) and, for each query, groups
its results by matched name (lower case, accents and punctuation dropped: "Ri'ad Muhammad HIJAZI"
and "Ri’ad Muhammad Hijazi" are one name). A name that a result of list A and a result of list B
both matched, with different scores, is a name that scores apart: an analyst sees two scores for
one name. Prints the count of such (query, name) pairs and of distinct names, for the two list
prefixes given (default: the UN's un-sc and the UK's gb-hmt).

How BENCHMARKS.md measures it: the 30,000 queries of the speed benchmark's mix
(`bench_speed --index all.cdx --queries 30000 --negatives NEG --dump DIR`, DIR/queries.tsv,
second column), screened against the six lists with `cordon screen --index all.cdx --limit 10`.

Usage: bench/score_apart.py SCREEN.jsonl [--lists un-sc gb-hmt] [--show N]
"""
import argparse
import json
import re
import unicodedata
from collections import defaultdict


def folded(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"\w+", s))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("screen")
    ap.add_argument("--lists", nargs=2, default=["un-sc", "gb-hmt"])
    ap.add_argument("--show", type=int, default=0, help="print the first N names apart, with both results")
    args = ap.parse_args()
    a, b = args.lists
    pairs, names, shown = 0, set(), 0
    with open(args.screen, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            by_name = defaultdict(dict)
            for r in rec.get("results") or []:
                by_name[folded(r["matched_name"])].setdefault(r["list"], r)
            for name, by_list in by_name.items():
                ra, rb = by_list.get(a), by_list.get(b)
                if ra and rb and abs(ra["score"] - rb["score"]) > 1e-4:
                    pairs += 1
                    names.add(name)
                    if shown < args.show:
                        shown += 1
                        print(f"{rec['query']}\n  {a} {ra['score']:.4f} {ra['matched_name']}: {ra['explanation']}\n"
                              f"  {b} {rb['score']:.4f} {rb['matched_name']}: {rb['explanation']}")
    print(f"{a} / {b}: {pairs} (query, name) pairs score apart, {len(names)} distinct names")


if __name__ == "__main__":
    main()
