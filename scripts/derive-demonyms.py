#!/usr/bin/env python3
"""Derives src/Timeline.Extraction/Languages/actors-demonyms.tsv: nationality adjectives and nouns of every country of
actors-countries.tsv ("Nigerian", "Nigerians", "nigerianisch", "Nigerianer", "Serb", "Serben", "Israelis").

Candidates are built from the country names by the regular derivations of English and German (Nigeria + n,
Serbien - ien + isch, an adjective stem - isch + e/er/i) and kept only when the word list of the language has them
(Debian wamerican and wngerman, read here at derivation time, never at run time). Forms the curated actors.yaml
already gives a country, and forms two countries would share, are left out; of the rest, the derivation that changes
the name least wins ("Nigerian" is Nigeria's, not Niger's). Run: python3 scripts/derive-demonyms.py
"""
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LANG = os.path.join(ROOT, "src", "Timeline.Extraction", "Languages")


def words(path):
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip()}


ENGLISH = words("/usr/share/dict/american-english")
GERMAN = words("/usr/share/dict/ngerman")

# English: (letters removed from the end of the name, suffix added); German adjectives likewise.
EN_RULES = [("", "n"), ("", "an"), ("", "ian"), ("", "ese"), ("", "i"), ("", "ish"), ("", "er"),
            ("a", "an"), ("a", "ese"), ("a", "ian"), ("e", "ean"), ("a", "ean"), ("o", "an"), ("y", "ish"), ("ey", ""),
            ("ia", ""), ("ia", "ian"), ("on", "ese"), ("e", "ian")]
DE_RULES = [("", "isch"), ("", "nisch"), ("", "anisch"), ("", "esisch"), ("", "ianisch"), ("ien", "isch"),
            ("ien", "ianisch"), ("a", "anisch"), ("a", "isch"), ("a", "esisch"), ("e", "enisch"), ("e", "isch"),
            ("ei", "isch"), ("en", "isch"), ("land", "isch"), ("istan", "isch"), ("o", "anisch")]


def derive(name, rules, known):
    for removed, suffix in rules:
        if removed and not name.endswith(removed):
            continue
        stem = name[: len(name) - len(removed)]
        if len(stem) < 3:
            continue
        form = stem + suffix
        if form != name and form in known:
            yield form, len(removed) + len(suffix)


# Derived forms that are other words or names (reviewed by hand): Roman(s) of Romania, Niger of Nigeria, George of
# Georgia, Tunis, Letter of Lette, kubisch (cubic), Indianer (Native Americans), Malteser (the aid service).
NOT_DEMONYMS = {"Roman", "Romans", "Alger", "George", "Georges", "Tunis", "Niger", "Ind", "Ken", "Letter", "Lettern",
                "Letters", "Bulgar", "Japaneses", "Malays", "Chinesens", "kubisch", "indianisch", "Indianer", "Indianerin",
                "Indianerinnen", "Indianern", "Indianers", "Malteser", "Malteserin", "Malteserinnen", "Maltesern", "Maltesers"}


def curated():
    """Per country id of actors.yaml: its adjectives; and every alias, adjective, capital and seat of any actor."""
    adjectives, taken = {}, set()
    current = None
    with open(os.path.join(LANG, "actors.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*-\s*\{id:\s*([a-z0-9-]+)", line)
            if m:
                current = m.group(1)
            for key in ("aliases", "adjectives", "capitals", "seats"):
                for m in re.finditer(key + r":\s*\[([^\]]*)\]", line):
                    items = [x.strip() for x in m.group(1).split(",") if x.strip()]
                    taken.update(items)
                    if key == "adjectives" and current:
                        adjectives.setdefault(current, []).extend(items)
    return adjectives, taken


def main():
    adjectives, taken = curated()
    best = {}  # form -> (cost, id)
    shared = set()

    def offer(form, cost, cid):
        if form in taken or form in NOT_DEMONYMS:
            return
        if form in best and best[form][1] != cid:
            if best[form][0] == cost:
                shared.add(form)
            elif cost > best[form][0]:
                return
        best[form] = (cost, cid)

    countries = []
    with open(os.path.join(LANG, "actors-countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            names = [n for n in fields[4].split("|") if " " not in n and "-" not in n]
            countries.append((fields[0], [fields[3]] if fields[3] in names else [], names))

    for cid, english_names, names in countries:
        stems = set(adjectives.get(cid, []))
        for name in english_names:
            for form, cost in derive(name, EN_RULES, ENGLISH):
                offer(form, cost, cid)
                stems.add(form)
        for name in names:
            for form, cost in derive(name.lower(), DE_RULES, GERMAN):
                offer(form, cost, cid)
                stems.add(form)
        # Nouns: English adjective + s ("Nigerians", "Palestinians", "Serbs"); German adjective stem - isch + e/er/i
        # with their case and plural forms ("Serbe", "Serben", "Nigerianer", "Nigerianern", "Israelis").
        for stem in sorted(stems):
            if stem[:1].isupper() and stem + "s" in ENGLISH:
                offer(stem + "s", 1, cid)
            if stem.endswith("isch"):
                base = stem[:-4]
                base = base[:1].upper() + base[1:]
                for suffix in ("e", "er", "i"):
                    noun = base + suffix
                    if noun not in GERMAN:
                        continue
                    for ending in ("", "n", "s", "in", "innen"):
                        if noun + ending in GERMAN and not (suffix == "e" and ending == "s"):
                            offer(noun + ending, 2, cid)

    out = os.path.join(LANG, "actors-demonyms.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# derived by scripts/derive-demonyms.py from actors-countries.tsv, Debian wamerican and wngerman\n")
        for form in sorted(best, key=lambda w: (best[w][1], w)):
            if form not in shared:
                f.write(f"{best[form][1]}\t{form}\n")


if __name__ == "__main__":
    main()
