#!/usr/bin/env python3
"""Derives Timeline's shipped country and place gazetteers from Debian locale data.

Reads (build machine only, never at run time):
  /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json  (package iso-codes)
  /usr/share/locale/{de,en}/LC_MESSAGES/iso_3166-1.mo, iso_3166-2.mo
  /usr/share/locale/{de,en,en_GB}/LC_MESSAGES/geonames.mo       (package libgeonames-common)
  /usr/share/dict/ngerman                                       (package wngerman; flags places that are words)
Writes:
  src/Timeline.Extraction/Languages/actors-countries.tsv  slug, alpha-2, alpha-3, English name, names (|-separated)
  src/Timeline.Extraction/Languages/actors-places.tsv     place name (city or region) and 1 if it is also a German word

Run from the repository root: python3 scripts/derive-actor-data.py
"""
import gettext
import json
import re
import unicodedata

LOCALE = '/usr/share/locale/{}/LC_MESSAGES/{}.mo'
OUT = 'src/Timeline.Extraction/Languages/'

# Slugs the contract fixes; every other country is the slug of its English common name.
SLUG_OVERRIDES = {'US': 'usa', 'RU': 'russia', 'GB': 'united-kingdom', 'KR': 'south-korea', 'KP': 'north-korea',
                  'CZ': 'czechia', 'MK': 'north-macedonia', 'CD': 'dr-congo', 'CG': 'congo', 'PS': 'palestine',
                  'VA': 'vatican', 'FM': 'micronesia', 'LA': 'laos', 'SY': 'syria', 'TZ': 'tanzania',
                  'MD': 'moldova', 'VE': 'venezuela', 'BO': 'bolivia', 'IR': 'iran', 'TW': 'taiwan', 'VN': 'vietnam',
                  'BN': 'brunei', 'CV': 'cape-verde', 'CI': 'ivory-coast', 'SZ': 'eswatini', 'TR': 'turkey',
                  'VG': 'british-virgin-islands', 'VI': 'us-virgin-islands'}


def catalog(lang, domain):
    try:
        with open(LOCALE.format(lang, domain), 'rb') as f:
            return gettext.GNUTranslations(f)._catalog
    except OSError:
        return {}


def slug(text):
    ascii_text = unicodedata.normalize('NFKD', text).encode('ascii', 'ignore').decode('ascii').lower()
    return re.sub(r'[^a-z0-9]+', '-', ascii_text).strip('-')


def clean(name):
    return name.strip() if name and ',' not in name and '(' not in name else None


def countries():
    de = catalog('de', 'iso_3166-1') or catalog('de', 'iso_3166')
    rows = []
    for c in json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']:
        english = c.get('common_name') or c['name'].split(',')[0]
        names = [english, clean(c['name']), clean(c.get('official_name'))]
        for key in ('common_name', 'name', 'official_name'):
            if key in c and c[key] in de:
                names.append(clean(de[c[key]]))
        unique = []
        for n in names:
            if n and n not in unique:
                unique.append(n)
        rows.append((SLUG_OVERRIDES.get(c['alpha_2'], slug(english)), c['alpha_2'], c['alpha_3'], english, '|'.join(unique)))
    rows.sort()
    with open(OUT + 'actors-countries.tsv', 'w', encoding='utf-8', newline='\n') as out:
        out.write('# derived by scripts/derive-actor-data.py from Debian iso-codes (LGPL-2.1+)\n')
        for row in rows:
            out.write('\t'.join(row) + '\n')


def places():
    names = set()
    for lang in ('de', 'en', 'en_GB'):
        names.update(v for k, v in catalog(lang, 'geonames').items() if k)
    de2 = catalog('de', 'iso_3166-2')
    for s in json.load(open('/usr/share/iso-codes/json/iso_3166-2.json'))['3166-2']:
        if s['type'] in ('State', 'Land', 'Province', 'Region', 'Canton', 'Oblast', 'Republic', 'Country',
                         'Autonomous republic', 'Federal district', 'Autonomous region', 'County'):
            names.add(s['name'])
            if s['name'] in de2:
                names.add(de2[s['name']])
    words = set(open('/usr/share/dict/ngerman', encoding='utf-8').read().split('\n'))
    german = {v for k, v in catalog('de', 'geonames').items() if k}
    keep = sorted(n for n in names if len(n) >= 3 and n[0].isupper() and '\t' not in n and '\n' not in n
                  and ',' not in n and '(' not in n and len(n.split()) <= 4)
    with open(OUT + 'actors-places.tsv', 'w', encoding='utf-8', newline='\n') as out:
        out.write('# derived by scripts/derive-actor-data.py from Debian libgeonames-common and iso-codes\n')
        for n in keep:
            # 1 = also a German word (Hof, Essen, Weil): only a place where the context says so.
            ambiguous = n.lower() in words or (n in words and n not in german) or (n + 'e' in words) or (n + 'en' in words)
            out.write(n + '\t' + ('1' if ambiguous else '0') + '\n')


countries()
places()
