#!/usr/bin/env python3
"""native_mix.py — a fixed mix of names in native script for measuring the cost of non-Latin
searches (bench/instructions.sh --queries), outside the quality benchmark's sample.

bench/quality.py shuffles each Wikidata set with one seeded generator and takes its first
2,000 pairs (--sample); this takes rows FROM..TO of the same shuffles (2,000..2,300 by
default), so the mix is stable, disjoint from the benchmark's pairs, and the same on every
tree. It writes the native side of each set named, one name a line, set after set.

Usage: bench/native_mix.py [--sets chinese,korean,japanese,russian] [--from 2000] [--to 2300] OUT
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality  # noqa: E402  (the benchmark's own sampling, so that the rows match its order)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="chinese,korean,japanese,russian")
    ap.add_argument("--from", dest="start", type=int, default=2000)
    ap.add_argument("--to", dest="end", type=int, default=2300)
    ap.add_argument("out")
    args = ap.parse_args()
    # The whole shuffled sets, in the benchmark's order of shuffles (the generator is shared).
    sets = quality.wikidata_pairs(quality.shared_data(), random.Random(quality.SEED), sys.maxsize)
    with open(args.out, "w", encoding="utf-8") as f:
        for name in args.sets.split(","):
            if name not in sets:
                sys.exit(f"native_mix: no set {name} (sets: {', '.join(sets)})")
            for native, _ in sets[name][args.start:args.end]:
                f.write(native.replace("\n", " ") + "\n")


if __name__ == "__main__":
    main()
