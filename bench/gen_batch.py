#!/usr/bin/env python3
"""gen_batch.py — the customer file of make bench-batch: N rows of id,name, drawn with a fixed
seed from real names of people who are not listed (negatives/synthetic-us, negatives/faker,
negatives/namedatabases) mixed with listed names as published and listed names with one typo.

Usage: gen_batch.py --rows N --listed CAPTIONS.txt --shared SHARED_DIR > customers.csv
"""
import argparse
import csv
import random
import sys


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def negatives(shared):
    """Full names of unlisted people: the synthetic-US file as it is, and faker first and last
    names of the same locale put together."""
    names = []
    with open(f"{shared}/data/negatives/synthetic-us/negatives_us.csv", encoding="utf-8") as f:
        names += [row["full_name"] for row in csv.DictReader(f) if row["full_name"]]
    by_locale = {}
    with open(f"{shared}/data/negatives/faker/person_names.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            by_locale.setdefault(row["locale"], {}).setdefault(row["kind"], []).append(row["name"])
    rng = random.Random(7)
    for kinds in by_locale.values():
        firsts, lasts = kinds.get("first_name", []), kinds.get("last_name", [])
        for _ in range(min(len(firsts), len(lasts)) * 4):
            names.append(f"{rng.choice(firsts)} {rng.choice(lasts)}")
    return names


def typo(rng, name):
    """One edit — a letter dropped, doubled, swapped with the next or replaced — inside a word."""
    positions = [i for i, c in enumerate(name) if c.isalpha()]
    if len(positions) < 4:
        return name
    i = rng.choice(positions[1:-1])
    op = rng.randrange(4)
    if op == 0:
        return name[:i] + name[i + 1:]
    if op == 1:
        return name[:i] + name[i] + name[i:]
    if op == 2 and name[i + 1].isalpha():
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + rng.choice("aeiounrst") + name[i + 1:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--listed", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    neg = negatives(args.shared)
    listed = read_lines(args.listed)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["id", "name"])
    for i in range(1, args.rows + 1):
        r = rng.random()
        if r < 0.80:
            name = rng.choice(neg)
        elif r < 0.90:
            name = rng.choice(listed)
        else:
            name = typo(rng, rng.choice(listed))
        out.writerow([f"C{i:07d}", name])


if __name__ == "__main__":
    main()
