#!/usr/bin/env python3
"""scan_recall.py — the scanner's recall on listed names as the press writes them in sentences.

Each case is a sentence holding one listed name of the six official lists, written as a paper in
that language would write it; a case is found when the scan reports a mention whose bytes are
exactly the name's (its offsets counted in the sentence's UTF-8 bytes here) for the same party.
The sets (a fixed seed; every name from ../shared/data, none written here):

  en-person     OFAC SDN individuals (2024), given names before the family name, in title case
  de/fr/pl-person  the same names respelt by bench/quality.py's German, French and Polish rules
                (only the names a rule changes), in German, French and Polish sentences
  en-org        OFAC SDN entities that are no vessel or aircraft, of five words at most, in title
                case with the legal forms in capitals
  en-article    OFAC SDN entities of five words at most whose name begins with the Arabic article
                (AL QA'IDA, AL-SHABAAB, AL RASHID TRUST), written as English papers write them
                mid-sentence: the article in lower case and hyphened (al-Qa'ida, al-Rashid Trust)
  ru-original   the UN list's names in Cyrillic (NAME_ORIGINAL_SCRIPT), in Russian sentences
  ar-original   the UN list's names in Arabic script, in Arabic sentences

"The same party": the mention's id is the listed entity's (us-ofac-sdn:N, us-csl:N, un-sc:REF),
or its caption has every word of the entity's name, or cordon compare scores the two 0.90 or
more (a twin on another list). A name's own
offsets must be the mention's, but for a legal form after a comma or a legal form's last dot.

Usage: bench/scan_recall.py [--bench-scan build/bench_scan] [--cordon build/cordon] --index SNAP.cdx [--sample 100]
       [--misses FILE]
Prints one line per set: found/total; --misses writes every case not found (set, sentence, the
mentions the scan gave for it).
"""
import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality  # noqa: E402  (the respelling rules and the shared data's place)

SEED = 20261128

# One sentence per language; {} is the name. The name is never the sentence's first word here:
# a paper's sentence seldom begins with a name it has not introduced.
TEMPLATES = {
    "en": "Officials said on Monday that {} had met the delegation.",
    "de": "Nach Angaben der Behörden traf {} am Montag die Delegation.",
    "fr": "Selon les autorités, {} a rencontré la délégation lundi.",
    "pl": "Według władz {} spotkał się w poniedziałek z delegacją.",
    "ru": "По данным властей, {} встретился с делегацией в понедельник.",
    "ar": "وقالت السلطات إن {} التقى الوفد يوم الاثنين.",
}

# Legal forms the press keeps in capitals (Sberbank PJSC, Rosneft OAO).
CAPITALS = {"llc", "ltd", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "oao", "zao", "sa", "fze", "fzc", "fzco", "gmbh", "ag",
            "plc", "inc", "co", "nv", "bv", "sarl", "sal", "srl", "pte", "spa"}


# The Arabic article as English papers write it before a hyphen, in lower case (Abd al-Rahman).
ARTICLES = {"al", "el", "ad", "ar", "as", "at", "az", "ash", "adh", "an"}


def title(name):
    """A name in capitals as a paper writes it: Bank Melli Iran, Sberbank PJSC, Abd al-Rahman (the
    article in lower case after the first word, the apostrophe of an ayn left out)."""
    words = []
    for i, w in enumerate(name.split()):
        bare = re.sub(r"[^\w]", "", w.lower())
        if bare in CAPITALS or "." in w.rstrip(".,"):  # S.A., C.V.
            words.append(w.upper())
            continue
        parts = [p.lstrip("'").lower() for p in w.split("-")]
        out = []
        for j, p in enumerate(parts):
            article = p in ARTICLES and j + 1 < len(parts) and (i > 0 or j > 0)
            out.append(p if article else p[:1].upper() + p[1:])
        words.append("-".join(out))
    return " ".join(words)


def words_of(name):
    return sorted(re.findall(r"\w+", name.lower()))


def same_party(cordon, eid, caption, ids, latin):
    """Whether a mention of eid (its caption) is the listed party of ids, named latin: its id, or
    a caption with every word of the name (a twin on another list, perhaps with a middle name:
    SHUBIN, Alexandr of OFAC as gb-hmt's Alexandr Vasilievich SHUBIN), or one cordon compare
    scores 0.90 or more against the name (a twin romanised otherwise: KLYUYEV, Andriy
    Petrovych of OFAC as gb-hmt's Andrii Petrovych KLIUIEV)."""
    if eid in ids or not set(words_of(latin)) - set(words_of(caption)):
        return True
    out = subprocess.run([cordon, "compare", "--json", latin, caption], capture_output=True, text=True)
    return out.returncode in (0, 1) and out.stdout.strip() != "" and json.loads(out.stdout)["score"] >= 0.90


def ofac_entities(data):
    """(individuals {num: primary}, organisations {num: name}) of the OFAC SDN list (2024)."""
    people, orgs = {}, {}
    path = os.path.join(data, "lists", "us-ofac-sdn-2024", "sdn.csv")
    with open(path, encoding="cp1252", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) < 3:
                continue
            num, name, kind = row[0].strip(), row[1].strip(), row[2].strip()
            if kind == "individual":
                people[num] = name
            elif kind == "-0-" and name:
                orgs[num] = name
    return people, orgs


def un_originals(data):
    """[(original-script name, un-sc:REF, Latin name)] of the UN list."""
    root = ET.parse(os.path.join(data, "lists", "un-sc-2026-02", "consolidated.xml")).getroot()
    out = []
    for kind in ("INDIVIDUALS", "ENTITIES"):
        for e in root.find(kind):
            ref = (e.findtext("REFERENCE_NUMBER") or "").strip()
            latin = " ".join((e.findtext(t) or "").strip() for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME",
                                                                       "FOURTH_NAME")).strip()
            for o in e.findall("NAME_ORIGINAL_SCRIPT"):
                if o.text and o.text.strip():
                    out.append((" ".join(o.text.split()), "un-sc:" + ref, latin))
    return out


def cases(data, rng, sample):
    """{set: [(sentence, name, ids, latin name)]}"""
    people, orgs = ofac_entities(data)
    sets = {k: [] for k in ("en-person", "de-person", "fr-person", "pl-person", "en-org", "en-article",
                            "ru-original", "ar-original")}
    nums = sorted(people)
    rng.shuffle(nums)
    for num in nums:
        parts = quality.person_parts(people[num])
        if not parts:
            continue
        family, given = parts
        plain = " ".join(given + [family])
        ids = {"us-ofac-sdn:" + num, "us-csl:" + num}
        sets["en-person"].append((title(plain), ids, plain))
        for lang, rules in (("de", quality.GERMAN), ("fr", quality.FRENCH), ("pl", quality.POLISH)):
            v = quality.respell(plain, rules)
            if v != plain.lower():
                sets[lang + "-person"].append((title(v), ids, plain))
    nums = sorted(orgs)
    rng.shuffle(nums)
    for num in nums:
        # A name a paper writes whole: five words at most, of letters, hyphens and the dots and
        # commas of legal forms (not Federal State Budgetary Institution Marine Rescue Service).
        if len(orgs[num].split()) > 5 or not re.fullmatch(r"[A-Za-z0-9.,' -]+", orgs[num]) or " - " in orgs[num]:
            continue
        ids = {"us-ofac-sdn:" + num, "us-csl:" + num}
        sets["en-org"].append((title(orgs[num]), ids, orgs[num]))
        article = re.match(r"(?:AL|EL)[- ](?=\w)", orgs[num])
        if article:  # AL QA'IDA as al-Qa'ida: the papers' article, lower case, hyphened
            sets["en-article"].append((orgs[num][:2].lower() + "-" + title(orgs[num][3:]), ids, orgs[num]))
    originals = un_originals(data)
    rng.shuffle(originals)
    for name, ref, latin in originals:
        if quality.is_cyrillic(name):
            sets["ru-original"].append((name, {ref}, latin))
        elif re.search("[\u0600-\u06ff]", name):
            sets["ar-original"].append((name, {ref}, latin))
    out = {}
    for key, items in sets.items():
        lang = key.split("-")[0]
        out[key] = [(TEMPLATES[lang].format(name), name, ids, latin) for name, ids, latin in items[:sample]]
    return out


def scan(bench_scan, index, sentences):
    """{line number: [(start, end, id, caption)]} of the mentions bench_scan finds, line by line."""
    with tempfile.TemporaryDirectory() as tmp:
        text, dump = os.path.join(tmp, "s.txt"), os.path.join(tmp, "d.tsv")
        with open(text, "w", encoding="utf-8") as f:
            f.write("\n".join(sentences) + "\n")
        subprocess.run([bench_scan, "--index", index, "--repeat", "1", "--pass", "sentences", "--dump", dump, text],
                       check=True, stdout=subprocess.DEVNULL)
        starts, at = {}, 0
        for i, s in enumerate(sentences):
            starts[at] = i
            at += len(s.encode("utf-8")) + 1
        found = {}
        with open(dump, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split(" ")
                where, start, end, eid = int(fields[1]), int(fields[2]), int(fields[3]), fields[4]
                caption = " ".join(fields[5:-1])
                found.setdefault(starts[where], []).append((start, end, eid, caption))
        return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--bench-scan", default=os.path.join(here, "..", "build", "bench_scan"))
    ap.add_argument("--cordon", default=os.path.join(here, "..", "build", "cordon"))
    ap.add_argument("--index", required=True)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--misses", metavar="FILE")
    args = ap.parse_args()
    sets = cases(quality.shared_data(), random.Random(SEED), args.sample)
    flat = [(k, c) for k, items in sets.items() for c in items]
    found = scan(args.bench_scan, args.index, [c[0] for _, c in flat])
    hits, misses = {k: 0 for k in sets}, []
    for i, (key, (sentence, name, ids, latin)) in enumerate(flat):
        start = sentence.encode("utf-8").index(name.encode("utf-8"))
        end = start + len(name.encode("utf-8"))
        # A legal form after a comma may be left out (FARAZAN INDUSTRIAL ENGINEERING, INC.), and
        # a legal form's last dot (CO., LTD. as CO., LTD).
        least = start + len(name.split(",")[0].encode("utf-8")) if "," in name else end - name.endswith(".")
        got = found.get(i, [])
        if any(s == start and least <= e <= end and same_party(args.cordon, eid, cap, ids, latin) for s, e, eid, cap in got):
            hits[key] += 1
        else:
            misses.append((key, sentence, start, end, sorted(ids)[0], "; ".join(f"{s}-{e} {eid} {cap}" for s, e, eid, cap in got)))
    for key in sets:
        print(f"scan-recall  {key:<12} {hits[key] / max(1, len(sets[key])):7.4f}  ({hits[key]}/{len(sets[key])})")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as f:
            for m in misses:
                f.write("\t".join(str(x) for x in m) + "\n")


if __name__ == "__main__":
    main()
