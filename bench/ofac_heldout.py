#!/usr/bin/env python3
"""ofac_heldout.py — misspelt OFAC names the quality benchmark does not use, for checking that a
change to search (a bound, a cut) loses no alert (review3's check of session 20, rebuilt by
pair-bound in session 21).

Writes one query a line to stdout:
  - every OFAC SDN individual (the 2024 set bench/quality.py reads) misspelt by quality.py's
    typo rule: seed 1 on the name as the benchmark writes it (FAMILY Given), seed 2 with the
    given names first, seed 3 on the benchmark's form again;
  - every such name with one vowel of a word of five letters or more changed to another vowel
    (seed 11: Mohemmad, Seadi);
  - the a.k.a.s past the first 2,000 of the benchmark's shuffle (those it does not sample),
    misspelt by the typo rule (seed 5).
About 32,500 queries. Screen them with two builds and compare every alert (score >= 0.80):
  cordon screen -q -j 1 --index SNAP --format jsonl -o OUT.jsonl QUERIES.txt
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality as Q  # noqa: E402

VOWELS = "aeiou"


def given_first(primary):
    parts = Q.person_parts(primary)
    return " ".join(parts[1] + [parts[0]]) if parts else primary.replace(",", "")


def vowel_changed(name, rng):
    tokens = name.split()
    spots = [(i, p) for i, t in enumerate(tokens) if len(t) >= 5 for p, c in enumerate(t) if c.lower() in VOWELS]
    if not spots:
        return None
    i, p = rng.choice(spots)
    t = tokens[i]
    c = rng.choice([v for v in VOWELS if v != t[p].lower()])
    tokens[i] = t[:p] + (c.upper() if t[p].isupper() else c) + t[p + 1:]
    return " ".join(tokens)


def main():
    data = Q.shared_data()
    people = Q.ofac_individuals(data)
    ids = sorted(people)
    out = []
    for seed, first in ((1, False), (2, True), (3, False)):
        rng = random.Random(seed)
        for eid in ids:
            primary = people[eid][0]
            out.append(Q.typo(given_first(primary) if first else primary.replace(",", ""), rng))
    rng = random.Random(11)
    out += [vowel_changed(people[eid][0].replace(",", ""), rng) for eid in ids]
    rng = random.Random(Q.SEED)  # the benchmark's draws, up to its spelling sets
    Q.wikidata_pairs(data, rng, sys.maxsize)
    aliases = Q.spelling_sets(people, rng, sys.maxsize)["ofac-aliases"]
    rng = random.Random(5)
    out += [Q.typo(a.replace(",", ""), rng) for a, _ in aliases[2000:]]
    queries = [q.replace("\t", " ") for q in out if q]
    sys.stdout.write("\n".join(queries) + "\n")
    print(f"{len(queries)} queries", file=sys.stderr)


if __name__ == "__main__":
    main()
