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
  src/Timeline.Extraction/Languages/actors-common-words.txt  German and English words (not names), front-coded
  src/Timeline.Extraction/Languages/actors-given-names.txt   given names of many languages (one a line)
  src/Timeline.Extraction/Languages/actors-surnames.txt      surnames of many languages that are no German word

Given names and surnames come from the locale data of the npm package @faker-js/faker (MIT): fetch it with
`npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz` and pass the unpacked folder as
FAKER=path/to/package (needs node); without it those two files are left as they are.

Reads nothing from the evaluation corpora: word statistics of ../shared (10kGNAD) were used until 2026-11-29 and
dropped (GermEval dev F1 changed by -0.004 at most per class).

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


GENERIC_PLACE_NOUNS = {'Stadt', 'Seen', 'See', 'Land', 'Kreis', 'Landkreis', 'Region', 'Provinz', 'Bezirk', 'Gemeinde',
                       'Markt', 'Insel', 'Inseln', 'Cocos', 'Islands', 'Lake', 'Mount'}
REGIONS = set()  # subdivision names of iso-codes, filled by places()


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


# German names in common use that iso-codes lacks (it has the official forms: Côte d'Ivoire, Myanmar).
GERMAN_COUNTRY_NAMES = {'CI': ['Elfenbeinküste'], 'MM': ['Birma', 'Burma'], 'TL': ['Osttimor', 'Ost-Timor'],
                        'VA': ['Vatikan', 'Vatikanstadt'], 'SZ': ['Swasiland'], 'MK': ['Mazedonien'],
                        'CV': ['Kapverden'], 'CD': ['DR Kongo']}


def countries():
    de = catalog('de', 'iso_3166-1') or catalog('de', 'iso_3166')
    rows = []
    for c in json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']:
        english = c.get('common_name') or c['name'].split(',')[0]
        names = [english, clean(c['name']), clean(c.get('official_name'))]
        for key in ('common_name', 'name', 'official_name'):
            if key in c and c[key] in de:
                names.append(clean(de[c[key]]))
        names += GERMAN_COUNTRY_NAMES.get(c['alpha_2'], [])
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


# Rivers, lakes, mountains, islands and historical or cultural regions that geonames (cities) lacks; compiled for
# Timeline.
EXTRA_PLACES = (
    'Rhein Main Donau Elbe Oder Neiße Weser Ems Mosel Saar Neckar Isar Inn Lech Havel Spree Saale Mulde Ruhr Lahn '
    'Fulda Werra Eider Trave Warnow Peene Wupper Erft Kinzig Tauber Altmühl Naab Iller Wertach '
    'Themse Seine Loire Rhone Rhône Garonne Tiber Ebro Tajo Weichsel Memel Dnjepr Dnipro Wolga Ural Nil Jordan '
    'Euphrat Tigris Ganges Indus Jangtse Mississippi Missouri Amazonas Kongo Niger Sambesi Bodensee Chiemsee Ammersee '
    'Starnberger See|Gardasee|Genfer See|Lago Maggiore|Müritz|Plattensee|Ostsee|Nordsee|Mittelmeer|Schwarzes Meer|'
    'Atlantik|Pazifik|Ärmelkanal|Adria|Karibik|Alpen|Pyrenäen|Karpaten|Apenninen|Harz|Eifel|Hunsrück|Taunus|Spessart|'
    'Rhön|Vogelsberg|Odenwald|Schwarzwald|Schwäbische Alb|Fichtelgebirge|Erzgebirge|Riesengebirge|Thüringer Wald|'
    'Bayerischer Wald|Sauerland|Siegerland|Westerwald|Allgäu|Vogtland|Lausitz|Uckermark|Altmark|Prignitz|Eichsfeld|'
    'Emsland|Ostfriesland|Nordfriesland|Dithmarschen|Holstein|Schleswig|Lüneburger Heide|Münsterland|Ruhrgebiet|'
    'Rheinland|Pfalz|Kurpfalz|Franken|Oberfranken|Mittelfranken|Unterfranken|Schwaben|Oberbayern|Niederbayern|'
    'Oberpfalz|Breisgau|Kraichgau|Hohenlohe|Elsass|Lothringen|Burgund|Bretagne|Normandie|Provence|Savoyen|Flandern|'
    'Wallonie|Böhmen|Mähren|Schlesien|Pommern|Ostpreußen|Westpreußen|Masuren|Galizien|Siebenbürgen|Banat|'
    'Bessarabien|Transnistrien|Krim|Donbass|Donbas|Kaukasus|Sibirien|Tirol|Südtirol|Vorarlberg|Kärnten|Steiermark|'
    'Salzkammergut|Toskana|Lombardei|Piemont|Venetien|Sizilien|Sardinien|Korsika|Kreta|Zypern|Andalusien|Katalonien|'
    'Baskenland|Galicien|Kastilien|Schottland|Wales|Cornwall|Yorkshire|Lappland|Balkan|Skandinavien|Baltikum|Sahara|'
    'Sinai|Kaschmir|Tibet|Patagonien|Sibirien|Arktis|Antarktis|Grönland|Westjordanland|Gazastreifen|Golanhöhen|'
    'Nahost|Nahen Osten|Mittleren Osten|Fernen Osten|Großglockner|Zugspitze|Watzmann|Matterhorn|Mont Blanc|'
    'Montblanc|Kilimandscharo|Mount Everest|Rügen|Usedom|Sylt|Föhr|Amrum|Helgoland|Fehmarn|Borkum|Norderney|Mallorca|'
    'Ibiza|Teneriffa|Gran Canaria|Madeira|Capri|Elba|Malta|Rhodos|Korfu|Bali|Hawaii|Sumatra|Borneo|Java'
)


def short_forms(names):
    """The short forms news use for places named with a river or region: Frankfurt (am Main), Halle (Saale),
    Freiburg (im Breisgau), Mülheim (an der Ruhr); and the parts of hyphenated regions (Nordrhein-Westfalen ->
    Westfalen, Mecklenburg-Vorpommern -> Mecklenburg, Vorpommern) of five letters or more."""
    short = set()
    for n in names:
        m = re.match(r"^([A-ZÄÖÜ][\w-]+) (?:am|an der|an den|im|in der|ob der|bei|vor der|auf der|\(.+\))(?: |$)", n)
        if m and len(m.group(1)) >= 4 and m.group(1) not in GENERIC_PLACE_NOUNS:
            short.add(m.group(1))
        if re.match(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+$", n) and n in REGIONS:
            short.update(p for p in n.split('-') if len(p) >= 5)
    return short - names - GENERIC_PLACE_NOUNS


def places():
    names = set()
    for lang in ('de', 'en', 'en_GB'):
        names.update(v for k, v in catalog(lang, 'geonames').items() if k)
    de2 = catalog('de', 'iso_3166-2')
    for s in json.load(open('/usr/share/iso-codes/json/iso_3166-2.json'))['3166-2']:
        if s['type'] in ('State', 'Land', 'Province', 'Region', 'Canton', 'Oblast', 'Republic', 'Country',
                         'Autonomous republic', 'Federal district', 'Autonomous region', 'County'):
            names.add(s['name'])
            if s['code'][:3] in ('DE-', 'AT-', 'CH-'):
                REGIONS.add(s['name'])
            if s['name'] in de2:
                names.add(de2[s['name']])
    single, multi = EXTRA_PLACES.split('|', 1)  # the first chunk is single words, the rest one name a chunk
    extra = set(single.split()[:-2]) | {' '.join(single.split()[-2:])} | set(multi.split('|'))
    names |= extra
    words = set(open('/usr/share/dict/ngerman', encoding='utf-8').read().split('\n'))
    short = {n for n in short_forms(names) if n.lower() not in words and n + 'e' not in words and n + 'en' not in words}
    names |= short
    german = {v for k, v in catalog('de', 'geonames').items() if k} | short
    english = {w for w in open('/usr/share/dict/american-english', encoding='utf-8').read().split('\n') if w[:1].islower()}
    keep = sorted(n for n in names if len(n) >= 3 and n[0].isupper() and '\t' not in n and '\n' not in n
                  and ',' not in n and '(' not in n and len(n.split()) <= 4)
    with open(OUT + 'actors-places.tsv', 'w', encoding='utf-8', newline='\n') as out:
        out.write('# derived by scripts/derive-actor-data.py from Debian libgeonames-common and iso-codes\n')
        for n in keep:
            # 1 = also a German word (Hof, Essen, Weil): only a place where the context says so.
            # English words too ("Police", "March", "Reading"), unless the place is a name of the German geonames list
            ambiguous = (n.lower() in words or (n in words and n not in german and n not in extra)
                                     or (n + 'e' in words) or (n + 'en' in words)
                                     or (n.lower() in english and n not in german and n not in extra))
            out.write(n + '\t' + ('1' if ambiguous else '0') + '\n')


def person_names():
    """Given names and surnames of the Latin-script locales of @faker-js/faker; surnames that are German words
    (Bauer, Koch) are left out, since they are names only with a cue."""
    import os
    import subprocess
    faker = os.environ.get('FAKER')
    if not faker:
        return set(), set()
    script = ("import('" + os.path.abspath(faker) + "/dist/index.js').then(({allLocales}) => {"
              "const first = new Set(), last = new Set(); const ok = /^[A-Za-z\u00c0-\u024f\u1e00-\u1eff'-]{2,}$/;"
              "const add = (s, v) => { if (!v) return; for (const x of (Array.isArray(v) ? v : Object.values(v).flat()))"
              "  if (typeof x === 'string' && ok.test(x)) s.add(x); };"
              "for (const loc of Object.values(allLocales)) if (loc.person) { add(first, loc.person.first_name);"
              "  add(last, loc.person.last_name); }"
              "console.log(JSON.stringify({first: [...first], last: [...last]})); })")
    names = json.loads(subprocess.run(['node', '-e', script], check=True, capture_output=True, text=True).stdout)
    words = {w for w in open('/usr/share/dict/ngerman', encoding='utf-8').read().split('\n') if w}
    lower = {w for w in words if w[:1].islower()}
    given = {n for n in names['first'] if n.lower() not in lower and n[0].isupper()}
    surnames = {n for n in names['last'] if len(n) >= 3 and n[0].isupper() and n.lower() not in lower
                and not any(n + e in words for e in ('e', 'en', 'n', 'er', 'ern', 'nen'))}
    for file, names_, what in (('actors-given-names.txt', given, 'given names'), ('actors-surnames.txt', surnames, 'surnames')):
        with open(OUT + file, 'w', encoding='utf-8', newline='\n') as out:
            out.write('# ' + what + ', derived by scripts/derive-actor-data.py from the locale data of @faker-js/faker (MIT)\n')
            for n in sorted(names_):
                out.write(n + '\n')
    return given, surnames


def common_words(given, surnames):
    """Every word of wngerman (and English lower-case words of wamerican) that is a common German word: a capitalised token that is none of
    them, not sentence-initial and not a compound of them, is a name candidate. Front-coded: each line is the number
    of leading characters shared with the line before, then the rest."""
    words = {w for w in open('/usr/share/dict/ngerman', encoding='utf-8').read().split('\n') if w and len(w) <= 40}
    # English words in lower case ("Street", "League" in a name or title are no person), unless also a name.
    english = {w for w in open('/usr/share/dict/american-english', encoding='utf-8').read().split('\n')
               if w and w[0].islower() and "'" not in w and len(w) <= 40}
    words |= {w for w in english if w.capitalize() not in given and w.capitalize() not in surnames}
    previous = ''
    with open(OUT + 'actors-common-words.txt', 'w', encoding='utf-8', newline='\n') as out:
        out.write('# derived by scripts/derive-actor-data.py from Debian wngerman (GPL-2) and wamerican\n')
        for w in sorted(words):
            shared = 0
            while shared < min(len(w), len(previous), 9) and w[shared] == previous[shared]:
                shared += 1
            out.write(str(shared) + w[shared:] + '\n')
            previous = w


countries()
places()
common_words(*person_names())
