#!/usr/bin/env python3
"""Derives NewsBot's synonym table from WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet).

    apt-get install -y wordnet-base
    python3 eng/wordnet/make-synonyms.py /work/shared/eval/polnear-train/text \
        > dialogs/NewsBot.Dialogs/Language/wordnet-synonyms.tsv

The vocabulary is the words that occur at least MIN_COUNT times in the given texts (news), so the
table stays small. A word's frequent senses are the ones with at least SENSE_SHARE of the word's
tagged uses (WordNet's cntlist), or its first sense when none is tagged. Two words are paired when
one synset is a frequent sense of both (same part of speech, so the same synset), or when a
frequent sense of one is the direct hypernym of a frequent sense of the other (nouns and verbs),
unless that hypernym is a general one with more than MOST_HYPONYMS kinds under it.
Each line is a word, a tab, and its partners separated by spaces; pairs are listed once, under the
word that sorts first.
"""
import collections
import os
import re
import sys

WORDNET = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
MIN_COUNT = 3
SENSE_SHARE = 0.2
# A hypernym with more kinds under it than this is too general to stand for one ("person", "act").
MOST_HYPONYMS = 25
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}


# WordNet's own rules for an inflected form's base form (its "morphy"), before the exception lists.
ENDINGS = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}


def read_exceptions(pos):
    exceptions = collections.defaultdict(set)
    with open(os.path.join(WORDNET, POS[pos] + ".exc"), encoding="utf-8") as f:
        for line in f:
            form, *bases = line.split()
            exceptions[form].update(bases)
    return exceptions


def base_forms(token, index, exceptions):
    """The WordNet lemmas an inflected token can be (any part of speech)."""
    bases = set()
    for pos in POS:
        if token in index[pos]:
            bases.add(token)
        bases.update(b for b in exceptions[pos].get(token, ()) if b in index[pos])
        for ending, replacement in ENDINGS[pos]:
            if token.endswith(ending) and token[: -len(ending)] + replacement in index[pos]:
                bases.add(token[: -len(ending)] + replacement)
    return bases


def vocabulary(folder, index):
    exceptions = {pos: read_exceptions(pos) for pos in POS}
    tokens = collections.Counter()
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            tokens.update(re.findall(r"[a-z]+", f.read().lower()))
    counts = collections.Counter()
    for token, count in tokens.items():
        for base in base_forms(token, index, exceptions):
            counts[base] += count
    return {w for w, c in counts.items() if c >= MIN_COUNT and len(w) > 2}


def records(name):
    """The fields of each line of a WordNet database file, past its licence header (lines that start with a space)."""
    with open(os.path.join(WORDNET, name), encoding="utf-8") as f:
        for line in f:
            if not line.startswith(" "):
                yield line.split(" | ")[0].split()


def read_index(pos):
    return {parts[0]: parts[-int(parts[2]):] for parts in records("index." + POS[pos])}


def read_data(pos):
    synsets = {}
    for parts in records("data." + POS[pos]):
        offset, words = parts[0], int(parts[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]).lower() for i in range(words)]
        at = 4 + 2 * words
        symbols = [(parts[at + 1 + 4 * i], parts[at + 2 + 4 * i]) for i in range(int(parts[at]))]
        hypernyms = [target for symbol, target in symbols if symbol in ("@", "@i")]
        hyponyms = sum(1 for symbol, _ in symbols if symbol in ("~", "~i"))
        synsets[offset] = (lemmas, hypernyms, hyponyms)
    return synsets


def read_tag_counts():
    counts = collections.Counter()
    with open(os.path.join(WORDNET, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key, number, count = line.split()
            lemma, rest = key.split("%")
            counts[(lemma, SS_TYPE[rest[0]], int(number))] += int(count)
    return counts


def frequent_senses(word, index, tags):
    """(pos, offset) of the word's frequent senses across its parts of speech."""
    senses = [(pos, n + 1, offset) for pos in POS for n, offset in enumerate(index[pos].get(word, []))]
    total = sum(tags[(word, pos, n)] for pos, n, _ in senses)
    if total == 0:
        return {(pos, offset) for pos, n, offset in senses if n == 1}
    return {(pos, offset) for pos, n, offset in senses if tags[(word, pos, n)] >= SENSE_SHARE * total}


def main(folder):
    index = {pos: read_index(pos) for pos in POS}
    words = vocabulary(folder, index)
    data = {pos: read_data(pos) for pos in POS}
    tags = read_tag_counts()
    frequent = {w: frequent_senses(w, index, tags) for w in words}
    holders = collections.defaultdict(set)
    for w, senses in frequent.items():
        for sense in senses:
            holders[sense].add(w)
    pairs = set()
    for w, senses in frequent.items():
        for pos, offset in senses:
            for other in holders[(pos, offset)]:
                if other != w:
                    pairs.add(tuple(sorted((w, other))))
            if pos in ("n", "v"):
                for hypernym in data[pos][offset][1]:
                    if data[pos][hypernym][2] > MOST_HYPONYMS:
                        continue
                    for other in holders.get((pos, hypernym), ()):
                        if other != w:
                            pairs.add(tuple(sorted((w, other))))
    partners = collections.defaultdict(set)
    for a, b in pairs:
        partners[a].add(b)
    print("# word\tpartners: derived from WordNet 3.0 by eng/wordnet/make-synonyms.py (see WORDNET-LICENSE.txt)")
    for w in sorted(partners):
        print(w + "\t" + " ".join(sorted(partners[w])))


if __name__ == "__main__":
    main(sys.argv[1])
