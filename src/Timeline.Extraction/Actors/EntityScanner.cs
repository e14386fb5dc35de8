using System.Collections.Frozen;
using Timeline.Core.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

/// <summary>Finds names in a text: dictionary actors and places (longest match, German inflection tolerated), parts
/// of compounds (<c>US</c>-Präsident), persons by pattern (a role noun, a given name or an honorific before
/// capitalised words), surnames of persons named before, and organisations by pattern (acronyms, legal forms, clubs,
/// institutions). German capitalises every noun, so a capital letter alone never makes a name.</summary>
/// <remarks>Immutable and thread-safe; the per-text state lives in the lists passed in.</remarks>
internal sealed class EntityScanner
{
    private static readonly WordSet GovernmentNouns = new(new[]
    {
        "Regierung", "Regierungen", "Führung", "Staatsführung", "Staatsspitze", "Administration", "government",
        "Government", "administration", "leadership", "Staatsregierung",
    });

    private static readonly WordSet Locatives = new(new[]
    {
        "in", "nach", "aus", "bei", "von", "im", "nahe", "bis", "über", "from", "to", "near", "at", "In", "Aus", "Nach",
    });

    private static readonly WordSet Honorifics = new(new[]
    {
        "Herr", "Herrn", "Frau", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Lady", "Lord", "Madame", "Monsieur",
    });

    private static readonly WordSet Particles = new(new[]
    {
        "von", "van", "de", "der", "den", "da", "di", "du", "al", "el", "bin", "ben", "le", "la", "zu", "ter", "dos",
        "della", "del", "dei", "degli", "do", "das", "af", "av", "vom", "zum", "ibn", "bint", "y",
    });

    // Capitalised words that never start or continue a name (sentence-initial function words, pronouns, months, days).
    private static readonly WordSet NotNames = new(new[]
    {
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen", "Er", "Sie", "Es",
        "Wir", "Ich", "Ihr", "Du", "Im", "In", "Am", "An", "Auf", "Bei", "Mit", "Nach", "Und", "Aber", "Oder", "Auch",
        "Als", "Wie", "Wo", "Was", "Wer", "Wenn", "Dass", "Doch", "Noch", "Nun", "So", "Zu", "Zum", "Zur", "Vom", "Von",
        "Für", "Um", "Über", "Unter", "Vor", "Seit", "Bis", "Durch", "Gegen", "Ohne", "Dies", "Diese", "Dieser", "Dieses",
        "Man", "Sein", "Seine", "Ihre", "Ihren", "Seinen", "Mein", "Unser", "The", "A", "An", "And", "But", "He", "She",
        "It", "We", "They", "This", "That", "In", "On", "At", "For", "With", "Januar", "Februar", "März", "April", "Mai",
        "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "January", "February", "March",
        "June", "July", "October", "December", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
        "Sonntag", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Uhr", "Euro", "Dollar",
        "Prozent", "Millionen", "Milliarden", "Jahr", "Jahre", "Jahren", "Tag", "Tage", "Woche", "Wochen", "Monat",
        "Zeit", "Ende", "Anfang", "Mitte", "Beginn", "Seite", "Seiten", "Teil", "Land", "Stadt", "Staat", "Staaten",
        "Regierung", "Mann", "Frau", "Leute", "Menschen", "Angaben", "Gespräche", "Gespräch", "Sitzung", "Krieg",
        "Mal", "Alle", "Viele", "Beide", "Andere", "Nicht", "Kein", "Keine", "Hier", "Dort", "Dann", "Jetzt", "Heute",
        "Gestern", "Morgen", "Ja", "Nein", "Laut", "Trotz", "Während", "Wegen", "Nachdem", "Bereits", "Damit",
    });

    /// <summary>Whether the capitalised <paramref name="word"/> never starts or continues a name (a function word, a
    /// month, a day: "Friday" of "The World Court Friday rejected").</summary>
    internal static bool IsNeverName(ReadOnlySpan<char> word) => NotNames.Contains(word);

    private static readonly WordSet LegalForms = new(new[]
    {
        "AG", "GmbH", "SE", "KG", "KGaA", "eG", "OHG", "Inc", "Ltd", "Corp", "LLC", "plc", "PLC", "Co", "Group",
        "Holding", "Gruppe", "Verlag", "Bank", "Partei", "Stiftung", "Institut", "Verein", "Verband", "Konzern",
        "Airlines", "Motors", "Records", "Club", "Zeitung", "Rundschau", "Allgemeine", "Post", "Times", "News",
    });

    private static readonly WordSet OrgStarters = new(new[]
    {
        "FC", "SV", "VfB", "VfL", "TSV", "SC", "SpVgg", "TuS", "FSV", "SG", "TSG", "BV", "SSV", "ASV", "MSV", "KSV",
        "Borussia", "Eintracht", "Fortuna", "Hertha", "Werder", "Dynamo", "Union", "Rot-Weiss", "Rot-Weiß", "Alemannia",
        "Arminia", "Kickers", "Universität", "University", "Hochschule", "Fachhochschule", "Institut", "Akademie",
        "Bank", "Stiftung", "Partei", "Verein", "Verband", "Bund", "Ministerium", "Amt", "Landgericht", "Amtsgericht",
        "Oberlandesgericht", "Klinikum", "Theater", "Museum", "Staatsoper", "Real", "Olympique", "Inter", "AC", "AS",
        "Sporting", "Ajax", "Atlético", "Deutsche", "Deutscher", "Deutsches", "Europäische", "Internationale",
    });

    // Heads that make a German compound an organisation: "Bundesverfassungsgericht", "Innenministerium".
    private static readonly string[] OrgHeads =
    [
        "ministerium", "gericht", "gerichtshof", "verband", "verein", "gewerkschaft", "universität", "hochschule",
        "institut", "stiftung", "partei", "bank", "kommission", "behörde", "agentur", "konzern", "gesellschaft",
        "versicherung", "werke", "kammer", "akademie", "polizei", "staatsanwaltschaft", "bundesliga", "liga", "rundfunk",
        "regierung", "parlament", "ausschuss", "senat", "landtag", "tag", "rat", "amt", "dienst", "club", "klub",
    ];

    // Acronyms that are not organisations.
    private static readonly WordSet NotOrgAcronyms = new(new[]
    {
        "TV", "CD", "DVD", "PC", "NS", "DDR", "BRD", "USA", "UdSSR", "GB", "UK", "EM", "WM", "OK", "ID", "IT", "KW", "PS",
        "DNA", "DNS", "LKW", "PKW", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "MP", "ICE", "SMS", "PDF",
        "HIV", "AIDS", "CO", "SUV", "USB", "GPS", "BIP", "MB", "GB", "KB", "TB", "HD", "UV", "AM", "PM", "OB", "AD",
        "BC", "CEO", "US", "EU", "UN", "UNO", "DJ", "MS", "NATO", "IS", "A", "I", "AI", "KI", "ISBN", "URL", "FAQ",
        "EUR", "USD", "CHF", "GBP", "JPY", "PLZ", "UKW", "MHz", "GHz", "EBIT", "MBA", "PhD", "CPU", "GPU", "RAM", "ROM",
        "DSL", "LAN", "WLAN", "HTML", "XML", "MP3", "RNA", "ATP", "NADPH", "FCKW", "CO2", "ABS", "ESP", "PKW", "KFZ",
        "GmbH", "AG", "KG", "SA", "NV", "PR", "VIP", "SMS", "LED", "LCD", "TFT", "WWW", "CDU/CSU", "ICE", "IC", "RE",
        "PMID", "DOI", "ISSN", "MW", "GW", "GPL", "GNU", "DAX", "MDAX", "TecDAX", "SDAX", "CPI", "SDK", "GP", "GO",
        "MWh", "KWh", "GWh", "LGPL", "BSD", "API", "CSS", "SQL", "HTTP", "FTP", "TCP", "IP", "OS", "PIN", "TAN",
    });

    private readonly Gazetteer _gazetteer;
    private readonly ActorDictionary _dictionary;
    // The first names, given names, surnames and more given names in one table (bits of NameKinds): a capitalised
    // word is hashed and probed once for all four lists, which are far larger than the processor's cache.
    private readonly WordSet _names;
    private readonly FrozenDictionary<string, int> _knownSurnames;
    private readonly CommonWords _common = CommonWords.Instance;
    private readonly PersonCues _personCues = new();
    private readonly PlaceAndOrganizationPatterns _patterns;

    // Slugs computed once: of the places (by index), and of names found by pattern (bounded).
    private readonly string?[] _placeSlugs;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _nameSlugs = new(StringComparer.Ordinal);

    public EntityScanner(ActorDictionary dictionary)
    {
        _dictionary = dictionary;
        _gazetteer = Gazetteer.Build(dictionary);
        _names = new WordSet(
        [
            ActorDictionary.ReadResourceLines("actors-first-names.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            ActorDictionary.ReadResourceLines("actors-given-names.txt"),
            ActorDictionary.ReadResourceLines("actors-surnames.txt"),
            ActorDictionary.ReadResourceLines("actors-given-names-more.txt"),
        ]);
        _placeSlugs = new string?[_gazetteer.Places.Length];
        _knownSurnames = KnownSurnames(dictionary);
        _patterns = new PlaceAndOrganizationPatterns(_gazetteer, dictionary, _common, _names);
    }

    public ActorDictionary Dictionary => _dictionary;

    /// <summary>Whether <paramref name="word"/> is in one of the name lists <paramref name="kinds"/>.</summary>
    private bool IsName(ReadOnlySpan<char> word, NameKinds kinds) => ((NameKinds)_names.Kinds(word) & kinds) != 0;

    /// <summary>The slug of a place or of a name found by pattern (not of a dictionary entry).</summary>
    public string SlugOf(Candidate candidate)
    {
        if (candidate.Place >= 0)
        {
            return _placeSlugs[candidate.Place] ??= Slug.From(_gazetteer.Places[candidate.Place]);
        }

        var name = candidate.NewName!;
        if (_nameSlugs.TryGetValue(name, out var slug))
        {
            return slug;
        }

        slug = Slug.From(name);
        if (_nameSlugs.Count < 100_000)
        {
            _nameSlugs.TryAdd(name, slug);
        }

        return slug;
    }

    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>Scans <paramref name="text"/> (already split into <paramref name="tokens"/>) and fills
    /// <paramref name="found"/> with non-overlapping candidates in text order.</summary>
    public void Scan(string text, List<Token> tokens, List<Candidate> found)
    {
        found.Clear();
        var buffers = ScanBuffers.Current;
        buffers.ReleaseCandidates();
        buffers.ClearTexts();
        var owner = buffers.ScanOwner(tokens.Count);
        var all = buffers.All;
        all.Clear();
        FindDictionaryNames(text, tokens, all, owner);
        FindPrefixedPlaces(text, tokens, all, owner);
        var roles = buffers.RoleWords(tokens.Count);
        FindPersons(text, tokens, all, owner, roles);
        PropagateNames(text, tokens, all, owner);
        FindOrganizations(text, tokens, all, owner);
        FindUnknownNames(text, tokens, all, owner, roles);
        _personCues.FindKnownPersons(text, tokens, all, owner);
        MergePlaces(text, tokens, all, owner);
        ExtendOrganizations(text, tokens, all, owner);
        FindInstitutionsAtPlaces(text, tokens, all, owner);
        _patterns.Find(text, tokens, all, owner);
        ResolveKnownSurnames(text, tokens, all);
        buffers.SortByPosition(all);
        var end = -1;
        foreach (var candidate in all)
        {
            if (candidate.End > candidate.Begin && candidate.Begin >= end)
            {
                found.Add(candidate);
                end = candidate.End;
            }
        }
    }

    private void FindDictionaryNames(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || (token.Flags & TokenFlags.Numeric) != 0 && !token.IsCapitalized && token.Length > 3)
            {
                continue;
            }

            if (_gazetteer.TryMatch(text, tokens, i, out var match) && Accept(text, tokens, match))
            {
                var candidate = FromSurface(match.Surface, tokens[match.First].Begin, tokens[match.Last].End, match.First, match.Last);
                if (match.First == match.Last && candidate.Kind == ActorKind.Organization && IsBrussels(token.Of(text))
                    && !NearEuropeanCue(text, token.Begin, token.End))
                {
                    // "Brüssel" is the EU (or NATO) only where the context speaks of them; else the city.
                    var place = PlaceIndex(token.Of(text));
                    if (place >= 0)
                    {
                        candidate = FromSurface(new Surface(place, SurfaceKind.Place), token.Begin, token.End, i, i);
                    }
                }

                if (match.Surface.Kind == SurfaceKind.Adjective && match.Last + 1 < tokens.Count
                    && GovernmentNouns.Contains(tokens[match.Last + 1].Of(text)))
                {
                    // "die britische Regierung": the government, a mention of the country.
                    candidate.LastToken = match.Last + 1;
                    candidate.End = tokens[match.Last + 1].End;
                    candidate.Surface = SurfaceKind.Seat;
                }

                Add(all, owner, candidate);
                i = candidate.LastToken;
                continue;
            }

            if (token.HasHyphen)
            {
                MatchCompound(text, tokens, i, all, owner);
            }
            else if (token.IsCapitalized && DirectionalPlace(token.Of(text)) is { } surface)
            {
                var region = FromSurface(surface, token.Begin, token.End, i, i);
                region.Kind = ActorKind.Location;
                region.Entry = -1;
                region.Place = -1;
                region.NewName = token.Of(text).ToString();
                region.Class = NamedEntityClass.Location;
                Add(all, owner, region);
            }
        }
    }

    private static readonly string[] EuropeanCues =
    [
        "EU", "NATO", "Nato", "Kommission", "Commission", "Europäische", "European", "Mitgliedstaat", "Mitgliedsstaat",
        "member state", "Bündnis", "Allianz", "Alliance",
    ];

    private static bool IsBrussels(ReadOnlySpan<char> word) =>
        word.StartsWith("Brüssel", StringComparison.Ordinal) || word.StartsWith("Brussels", StringComparison.Ordinal);

    /// <summary>Whether the EU or NATO is spoken of within 400 characters of a mention.</summary>
    private static bool NearEuropeanCue(string text, int begin, int end)
    {
        var from = Math.Max(0, begin - 400);
        var window = text.AsSpan(from, Math.Min(text.Length, end + 400) - from);
        foreach (var cue in EuropeanCues)
        {
            if (window.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private int PlaceIndex(ReadOnlySpan<char> word)
    {
        var name = word.StartsWith("Brüssel", StringComparison.Ordinal) ? "Brüssel" : "Brussels";
        for (var p = 0; p < _gazetteer.Places.Length; p++)
        {
            if (_gazetteer.Places[p] == name)
            {
                return p;
            }
        }

        return -1;
    }

    private static readonly string[] Directions = ["Nord", "Süd", "Ost", "West", "Mittel", "Zentral", "Südost", "Nordost", "Südwest", "Nordwest", "Ober", "Unter", "Nieder", "Vorder", "Hinter"];

    // The first letters of the directions (ASCII capitals): most words start otherwise and skip the prefix tests.
    private static readonly ulong DirectionFirsts = Directions.Aggregate(0UL, (mask, d) => mask | (1UL << (d[0] - 'A')));

    /// <summary>"Ostdeutschland", "Nordafrikas", "Südtirol": a direction before a country or place.</summary>
    private Surface? DirectionalPlace(ReadOnlySpan<char> word)
    {
        if (word[0] is < 'A' or > 'Z' || (DirectionFirsts & (1UL << (word[0] - 'A'))) == 0)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[64];
        foreach (var direction in Directions)
        {
            if (word.Length > direction.Length + 3 && word.StartsWith(direction, StringComparison.Ordinal) && char.IsLower(word[direction.Length]))
            {
                var rest = buffer[..Math.Min(64, word.Length - direction.Length)];
                word[direction.Length..][..rest.Length].CopyTo(rest);
                rest[0] = InvariantCase.ToUpper(rest[0]);
                if (_gazetteer.TryMatchPart(rest, out var surface) && surface.Kind is not SurfaceKind.Adjective
                    && (surface.Kind is SurfaceKind.Place
                        || (surface.Target >= 0 && surface.Target < _dictionary.Entries.Length
                            && _dictionary.Entries[surface.Target].Kind is ActorKind.Country or ActorKind.Location)))
                {
                    return surface;
                }
            }
        }

        return null;
    }

    private bool Accept(string text, List<Token> tokens, GazetteerMatch match)
    {
        var first = tokens[match.First];
        switch (match.Surface.Kind)
        {
            case SurfaceKind.Place when match.First == match.Last && NotNames.Contains(first.Of(text)):
                return false; // "March", "Mai": a month, not the town
            case SurfaceKind.AmbiguousPlace:
                return match.First > 0 && Locatives.Contains(tokens[match.First - 1].Of(text));
            case SurfaceKind.Adjective:
                return true;
            default:
                if (match.First == match.Last && first.IsCapitalized && match.Surface.Kind == SurfaceKind.Name
                    && IsInflectedCommonWord(first.Of(text))
                    && !(match.First > 0 && tokens[match.First - 1].Of(text) is "die" or "der" or "den" or "des" or "Die" or "Den"))
                {
                    return false; // "Arten", "Spiegeln": a plural of a common noun, not the inflected name "Arte", "Spiegel"
                }

                // A lower-case word matches only a lower-case alias ("tagesschau"); capitalised names need a capital.
                return first.IsCapitalized || char.IsDigit(text[first.Begin]) || match.Surface.Kind == SurfaceKind.Name;
        }
    }

    /// <summary>A word in -n or -en that is a listed common word (as written or inflected), while its stem is a name of the dictionary.</summary>
    private bool IsInflectedCommonWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !word.EndsWith("n", StringComparison.Ordinal) || !_common.IsListed(word))
        {
            return false;
        }

        var stem = word.EndsWith("en", StringComparison.Ordinal) && _gazetteer.TryMatchPart(word[..^2], out _) ? word[..^2] : word[..^1];
        return _gazetteer.TryMatchPart(stem, out var surface) && surface.Kind == SurfaceKind.Name
               && !(_gazetteer.TryMatchPart(word, out var exact) && exact.Target != surface.Target);
    }

    private void MatchCompound(string text, List<Token> tokens, int i, List<Candidate> all, int[] owner)
    {
        var token = tokens[i];
        var word = token.Of(text);
        var hyphen = word.IndexOfAny('-', '\u2011');
        var lastHyphen = word.LastIndexOfAny('-', '\u2011');
        var prefix = word[..hyphen];
        var rest = word[(lastHyphen + 1)..];
        if (!_gazetteer.TryMatchPart(prefix, out var surface) || surface.Kind == SurfaceKind.AmbiguousPlace)
        {
            return;
        }

        if (surface.Kind == SurfaceKind.Place && !char.IsUpper(prefix[0]))
        {
            return;
        }

        if (GovernmentNouns.Contains(rest) && _dictionary.Entries[surface.Target] is { Kind: ActorKind.Country }
                                                       && surface.Kind is not (SurfaceKind.Place))
        {
            // "US-Regierung", "Kreml-Führung": the government, a mention of the country.
            var government = FromSurface(surface, token.Begin, token.End, i, i);
            government.Surface = SurfaceKind.Seat;
            government.Class = null;
            Add(all, owner, government);
            return;
        }

        if (surface.Kind is SurfaceKind.Place or SurfaceKind.Capital && hyphen == lastHyphen && IsPlaceDistrict(rest))
        {
            // "Berlin-Mitte", "Düsseldorf-Gerresheim", "Gaza-Streifen": one place, not a place and a common noun.
            Add(all, owner, new Candidate
            {
                Begin = token.Begin, End = token.End, FirstToken = i, LastToken = i, NewName = word.ToString(),
                Kind = ActorKind.Location, Class = NamedEntityClass.Location, Surface = SurfaceKind.Name,
            });
            return;
        }

        var part = FromSurface(surface, token.Begin, token.Begin + hyphen, i, i);
        part.IsPart = true;
        Add(all, owner, part);
    }

    private static readonly WordSet DistrictWords = new(new[]
    {
        "Mitte", "Nord", "Süd", "Ost", "West", "Zentrum", "Altstadt", "Innenstadt", "Streifen", "Land", "Kreis", "Kreises",
    });

    /// <summary>The part after a place's hyphen that makes a district or a larger place: another place, a name that is
    /// no common word, or a district word ("Mitte", "Altstadt").</summary>
    private bool IsPlaceDistrict(ReadOnlySpan<char> rest) =>
        rest.Length >= 3 && char.IsUpper(rest[0])
        && (DistrictWords.Contains(rest)
            || _gazetteer.TryMatchPart(rest, out var other) && other.Kind == SurfaceKind.Place
            || !_common.IsCommon(rest) && !rest.EndsWith("s", StringComparison.Ordinal));

    private Candidate FromSurface(Surface surface, int begin, int end, int first, int last)
    {
        var candidate = ScanBuffers.Current.NewCandidate();
        candidate.Begin = begin;
        candidate.End = end;
        candidate.FirstToken = first;
        candidate.LastToken = last;
        candidate.Surface = surface.Kind;
        if (surface.Kind is SurfaceKind.Place or SurfaceKind.AmbiguousPlace)
        {
            candidate.Place = surface.Target;
            candidate.Kind = ActorKind.Location;
            candidate.Class = NamedEntityClass.Location;
            return candidate;
        }

        var entry = _dictionary.Entries[surface.Target];
        candidate.Entry = surface.Target;
        candidate.Kind = entry.Kind;
        candidate.Class = surface.Kind switch
        {
            SurfaceKind.Adjective => null,
            SurfaceKind.Capital => NamedEntityClass.Location,
            SurfaceKind.Seat => NamedEntityClass.Location,
            _ => entry.Kind switch
            {
                ActorKind.Person => NamedEntityClass.Person,
                ActorKind.Country or ActorKind.Location => NamedEntityClass.Location,
                _ => NamedEntityClass.Organization,
            },
        };
        return candidate;
    }

    private static readonly WordSet PlacePrefixes = new(new[]
    {
        "St", "St.", "Sankt", "Bad", "San", "Santa", "Santo", "São", "Sao", "Saint", "Sainte", "Mount", "Lake", "Kap",
        "Cape", "Isla", "Isola", "Lido", "Monte", "Puerto", "Porto", "Rio", "Río", "Cerro", "Fort", "Port", "Ciudad",
    });

    private static readonly WordSet RomanceParticles = new(new[]
    {
        "di", "de", "del", "della", "la", "le", "du", "des", "do", "da", "dos", "las", "los", "el",
    });

    /// <summary>"St. Moritz", "Bad Schussenried", "San Remo", "Lido di Spina": a place-name prefix before a name is one
    /// place (and not the person "Moritz").</summary>
    private void FindPrefixedPlaces(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalized || !PlacePrefixes.Contains(text, token)
                || owner[i] >= 0 && !(all[owner[i]].Place >= 0 && all[owner[i]].FirstToken == i))
            {
                continue;
            }

            var word = token.Of(text);
            var start = i + 1;
            if (word is "St" && tokens[start].Of(text) is "." && tokens[start].Begin - token.End <= 1)
            {
                start++;
            }
            else if (word is "St")
            {
                continue;
            }

            var end = start - 1;
            for (var j = start; j < tokens.Count && j < start + 4; j++)
            {
                var next = tokens[j];
                var nextWord = next.Of(text);
                if (j > start && RomanceParticles.Contains(text, next) && j + 1 < tokens.Count
                    && tokens[j + 1].IsCapitalized)
                {
                    continue;
                }

                var placed = owner[j] >= 0 && all[owner[j]].Class == NamedEntityClass.Location && all[owner[j]].FirstToken >= j;
                if (!next.IsWord || !next.IsCapitalized || next.IsAllCaps || next.StartsLine || j > start && next.HasHyphen && !placed
                    || owner[j] >= 0 && !placed || NotNames.Contains(text, next)
                    || !placed && word is not ("St" or "St." or "Sankt") && _common.IsCommon(nextWord) && !IsName(nextWord, NameKinds.GivenName)
                    || j > start && !placed && _common.IsCommon(nextWord))
                {
                    break;
                }

                end = j;
                if (placed)
                {
                    end = all[owner[j]].LastToken;
                    j = end;
                }
            }

            if (end < start)
            {
                continue;
            }

            Replace(all, owner, i, end);
            Add(all, owner, new Candidate
            {
                Begin = token.Begin, End = tokens[end].End, FirstToken = i, LastToken = end, NewName = NameText(text, tokens, i, end),
                Kind = ActorKind.Location, Class = NamedEntityClass.Location, Surface = SurfaceKind.Name,
            });
            i = end;
        }
    }

    private void FindPersons(string text, List<Token> tokens, List<Candidate> all, int[] owner, int[] roles)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || !token.IsCapitalized || owner[i] >= 0 && !all[owner[i]].IsPart && !PersonCues.IsGivenNamePlace(text, tokens, all, owner, i))
            {
                continue;
            }

            var word = token.Of(text);
            var kinds = (NameKinds)_names.Kinds(text, token);
            int start;
            var firstName = false;
            var given = false;
            var titled = false;
            if ((kinds & NameKinds.FirstName) != 0 && (owner[i] < 0 || PersonCues.IsGivenNamePlace(text, tokens, all, owner, i)))
            {
                start = i;
                firstName = owner[i] < 0;
                given = !firstName; // "Wayne Rooney": a given name that is also a place starts a name only before a surname
            }
            else if ((owner[i] < 0 || PersonCues.IsGivenNamePlace(text, tokens, all, owner, i))
                     && ((kinds & NameKinds.GivenName) != 0 || IsInitial(text, tokens, i) || (kinds & NameKinds.MoreGivenName) != 0 || IsDoubleGivenName(word)))
            {
                start = i;
                given = true;
            }
            else if (word is "Lady" or "Miss" && owner[i] < 0 && i + 1 < tokens.Count
                     && tokens[i + 1].IsCapitalized && owner[i + 1] < 0)
            {
                start = i; // "Lady Gaga", "Sir Elton John": the title is part of the name
                given = true;
            }
            else if (Honorifics.Contains(text, token) || IsRoleToken(text, tokens, i, roles))
            {
                titled = true;
                start = i + 1;
                if (start < tokens.Count && tokens[start].Of(text) is ".")
                {
                    start++;
                }
            }
            else
            {
                continue;
            }

            var end = NameRun(text, tokens, start, owner, firstName || given || start < tokens.Count && owner[start] < 0 ? all : null);
            end = PersonCues.WithNumeralOrInitial(text, tokens, owner, start, end);
            if (end < start || (firstName && end == start && !FollowedByNonName(text, tokens, start)))
            {
                continue;
            }

            if (given && (end == start || !IsSurnameLike(tokens[end].Of(text)) && !IsWordSurname(text, tokens, start, end)))
            {
                // A given name of the long list starts a name only before a surname: "Rosa Luxemburg", not "Rosa Farbe".
                continue;
            }

            Replace(all, owner, start, end);
            if (titled && end == start && KnownPersonBySurname(tokens[start].Of(text), word) is var known and >= 0)
            {
                // "President Clinton", "Kanzler Kohl": a title before the surname of a known person is that person.
                Add(all, owner, FromSurface(new Surface(known, SurfaceKind.Surname), tokens[start].Begin, tokens[end].End, start, end));
                i = end;
                continue;
            }

            var name = NameText(text, tokens, start, end);
            Add(all, owner, new Candidate
            {
                Begin = tokens[start].Begin, End = tokens[end].End, FirstToken = start, LastToken = end, NewName = name,
                Kind = ActorKind.Person, Class = NamedEntityClass.Person, Surface = SurfaceKind.Name,
            });
            i = end;
        }
    }

    /// <summary>The surnames (last word of a name of two or more words) of the dictionary's persons; the first person
    /// listed keeps a surname two share.</summary>
    private static FrozenDictionary<string, int> KnownSurnames(ActorDictionary dictionary)
    {
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < dictionary.Entries.Length; e++)
        {
            var entry = dictionary.Entries[e];
            if (entry.Kind != ActorKind.Person)
            {
                continue;
            }

            foreach (var alias in entry.Aliases)
            {
                var parts = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2 && parts[^1].Length >= 3 && char.IsUpper(parts[^1][0]))
                {
                    surnames.TryAdd(parts[^1], e);
                }
            }
        }

        return surnames.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A one-word person found by a cue ("Mr Straw") whose word is the surname of a dictionary person is that
    /// person: preferably one named in the same text, else the dictionary's person when the surname is no common word; a
    /// one-word place is such a person only when the person is named in the text ("President Clinton ... with Clinton").
    /// Linear in the number of candidates.</summary>
    private void ResolveKnownSurnames(string text, List<Token> tokens, List<Candidate> all)
    {
        Dictionary<string, int>? named = null;
        foreach (var candidate in all)
        {
            if (candidate is { Entry: >= 0, Kind: ActorKind.Person } && candidate.End > candidate.Begin && candidate.IsName)
            {
                named ??= new Dictionary<string, int>(StringComparer.Ordinal);
                named.TryAdd(tokens[candidate.LastToken].Of(text).ToString(), candidate.Entry);
            }
        }

        var inText = named?.GetAlternateLookup<ReadOnlySpan<char>>();
        var known = _knownSurnames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var candidate in all)
        {
            var person = candidate.NewName is not null && candidate.Kind == ActorKind.Person;
            var place = candidate.Place >= 0;
            if (!person && !place || candidate.FirstToken != candidate.LastToken || candidate.End <= candidate.Begin)
            {
                continue;
            }

            var word = tokens[candidate.FirstToken].Of(text);
            int entry;
            if (inText is { } lookup && (lookup.TryGetValue(word, out entry) || word.EndsWith('s') && lookup.TryGetValue(word[..^1], out entry)))
            {
                // the person named in this text ("Bill Clinton", "President Clinton")
            }
            else if (place || !known.TryGetValue(word, out entry) || Gazetteer.UnsafeSurnames.Contains(word))
            {
                continue;
            }

            candidate.Entry = entry;
            candidate.NewName = null;
            candidate.Place = -1;
            candidate.Kind = ActorKind.Person;
            candidate.Class = NamedEntityClass.Person;
            candidate.Surface = SurfaceKind.Surname;
        }
    }

    /// <summary>The dictionary person whose surname <paramref name="surname"/> is, after the title <paramref name="title"/>;
    /// a surname that is also a common word or a frequent name ("Kohl", "Brown") only when the person held that title.
    /// -1 when none.</summary>
    private int KnownPersonBySurname(ReadOnlySpan<char> surname, ReadOnlySpan<char> title)
    {
        if (!_knownSurnames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out var entry))
        {
            return -1;
        }

        if (!Gazetteer.UnsafeSurnames.Contains(surname))
        {
            return entry;
        }

        var hyphen = title.LastIndexOf('-');
        var bare = hyphen >= 0 ? title[(hyphen + 1)..] : title;
        foreach (var role in _dictionary.Entries[entry].Roles)
        {
            if (bare.Length >= 4 && role.Title.AsSpan().EndsWith(bare, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return -1;
    }

    /// <summary>"Carl-Ludwig", "Hans-Dietrich": two given names joined by a hyphen.</summary>
    private bool IsDoubleGivenName(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 1 || hyphen >= word.Length - 2)
        {
            return false;
        }

        var left = word[..hyphen];
        var right = word[(hyphen + 1)..];
        return IsName(left, NameKinds.FirstName | NameKinds.GivenName) && IsName(right, NameKinds.FirstName | NameKinds.GivenName);
    }

    /// <summary>"Edgar Jung sagte", "Ilse Weber,": a given name that is no common word before a short common word
    /// that ends the phrase (German surnames are often words: Jung, Graf, Weber).</summary>
    private bool IsWordSurname(string text, List<Token> tokens, int start, int end) =>
        end == start + 1 && !_common.IsListed(tokens[start].Of(text)) && tokens[end].Length is >= 3 and <= 9
        && !LooksLikeNoun(tokens[end].Of(text)) && (end + 1 >= tokens.Count || !tokens[end + 1].IsCapitalized || !tokens[end + 1].IsWord);

    private static bool FollowedByNonName(string text, List<Token> tokens, int index) =>
        index + 1 >= tokens.Count || !tokens[index + 1].IsWord || !char.IsUpper(text[tokens[index + 1].Begin]);

    /// <summary>Whether token <paramref name="i"/> is a role word, answered once per token of the text in
    /// <paramref name="roles"/> (-1 not yet asked, 0 no, 1 yes): the person and the unknown-name passes both ask.</summary>
    private static bool IsRoleToken(string text, List<Token> tokens, int i, int[] roles)
    {
        if (roles[i] < 0)
        {
            roles[i] = IsRoleWord(tokens[i].Of(text)) ? 1 : 0;
        }

        return roles[i] == 1;
    }

    private static bool IsRoleWord(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return RoleLexicon.IsRole(hyphen >= 0 ? word[(hyphen + 1)..] : word);
    }

    /// <summary>A surname, or a capitalised word that is no listed common word ("Leadbitter", "Wachtelmann").</summary>
    private bool IsSurnameLike(ReadOnlySpan<char> word) =>
        IsName(word, NameKinds.Surname | NameKinds.FirstName | NameKinds.GivenName) || !_common.IsListed(word)
        || _personCues.IsKnownPerson(word);

    /// <summary>The last token of a person's name starting at <paramref name="start"/>, or start - 1 when none; after a
    /// given name (<paramref name="overPlaces"/> set) a place of the place list may be a surname ("Thomas Stafford"), and so
    /// may the surname of a dictionary person under another given name ("George Bush", "Jeb Bush").</summary>
    private int NameRun(string text, List<Token> tokens, int start, int[] owner, List<Candidate>? overPlaces = null)
    {
        var end = start - 1;
        for (var j = start; j < tokens.Count && j < start + 4; j++)
        {
            var token = tokens[j];
            if (!token.IsWord || owner[j] >= 0 && !(overPlaces is not null && overPlaces[owner[j]].FirstToken == j && overPlaces[owner[j]].LastToken == j
                                                   && (overPlaces[owner[j]].Place >= 0
                                                       || j > start && overPlaces[owner[j]] is { Surface: SurfaceKind.Surname, Kind: ActorKind.Person }))
                || token.StartsLine && j > start)
            {
                break;
            }

            var word = token.Of(text);
            if (Particles.Contains(text, token) && j > start && j + 1 < tokens.Count
                && tokens[j + 1].IsCapitalized && (owner[j + 1] < 0 || overPlaces is not null && PersonCues.IsSinglePlace(overPlaces, owner, j + 1))
                && IsParticleBefore(text, tokens, j))
            {
                continue;
            }

            if (j > start && IsArabicArticleName(word))
            {
                end = j; // "Ali al-Nuaimi"
                continue;
            }

            if (IsInitial(text, tokens, j) && j + 2 < tokens.Count && tokens[j + 2].IsCapitalized && owner[j + 2] < 0)
            {
                end = ++j; // "W ." of "George W. Bush": the point belongs to the name
                continue;
            }

            if (!token.IsCapitalized || token.IsAllCaps && token.Length > 1 || NotNames.Contains(text, token)
                || IsRoleWord(word) || word.Length > 40 || j > start && LooksLikeNoun(word)
                || j > start + 1 && IsCommonNotName(word) && !IsNameWord(tokens[j - 1].Of(text)) && tokens[j - 1].Of(text) is not ".")
            {
                break; // a third word that is a common noun ends the name: "Heidi Klums Modelsuche"
            }

            end = j;
        }

        return end;
    }

    /// <summary>Whether the particle at <paramref name="j"/> joins the words around it into one name: German articles
    /// only after another particle ("von der Leyen", not "Renate Schmidt den Nerv"), German "von"/"zu" only before
    /// a word that is no common noun ("zu Guttenberg", not "Cantona zu United").</summary>
    private bool IsParticleBefore(string text, List<Token> tokens, int j)
    {
        var word = tokens[j].Of(text);
        var next = tokens[j + 1].Of(text);
        if (word is "der" or "den" or "das" or "dem" or "des")
        {
            return Particles.Contains(tokens[j - 1].Of(text)) && !_common.IsListed(next);
        }

        if (word is "von" or "vom" or "zu" or "zum")
        {
            return !_common.IsCommon(next) || IsName(next, NameKinds.Surname);
        }

        return true;
    }

    /// <summary>"al-Nuaimi", "el-Baradei": an Arabic article written in lower case before a capitalised name.</summary>
    private static bool IsArabicArticleName(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal)
                            || word.StartsWith("as-", StringComparison.Ordinal) || word.StartsWith("ad-", StringComparison.Ordinal))
        && char.IsUpper(word[3]);

    private bool IsNameWord(ReadOnlySpan<char> word) =>
        IsName(word, NameKinds.GivenName | NameKinds.FirstName) || Particles.Contains(word);

    /// <summary>A listed common word that is no surname or given name.</summary>
    private bool IsCommonNotName(ReadOnlySpan<char> word) =>
        _common.IsCommon(word) && !IsName(word, NameKinds.Surname | NameKinds.GivenName | NameKinds.FirstName);

    /// <summary>A single capital letter followed directly by a point: an initial ("W." of "George W. Bush").</summary>
    private static bool IsInitial(string text, List<Token> tokens, int j) =>
        tokens[j].Length == 1 && tokens[j].IsCapitalized && j + 1 < tokens.Count && tokens[j + 1].Length == 1 && text[tokens[j + 1].Begin] == '.';

    private static readonly string[] NounSuffixes =
    [
        "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "chen", "nis", "ment", "kummer", "lich", "isch", "ungen",
        "heiten", "keiten", "schaften", "tionen", "täten", "nisse",
    ];

    /// <summary>A word with a German noun or adjective ending ("Liebeskummer", "Regierung"), unlikely to end a name.</summary>
    private static bool LooksLikeNoun(ReadOnlySpan<char> word)
    {
        if (word.Length < 6)
        {
            return false;
        }

        for (var k = 0; k < NounSuffixes.Length; k++)
        {
            if (word.EndsWith(NounSuffixes[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string NameText(string text, List<Token> tokens, int first, int last) =>
        text[tokens[first].Begin..tokens[last].End].ReplaceLineEndings(" ");

    /// <summary>A surname (or a single-word name) of a person found before, seen again: "Kirby" after "John Kirby", also
    /// of a dictionary person ("Howard" after "Michael Howard") and also where the word alone would be a place.</summary>
    private static void PropagateNames(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        var known = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var candidate in all)
        {
            if (candidate.Kind == ActorKind.Person && candidate.End > candidate.Begin && candidate.IsName
                && (candidate.NewName is not null || candidate.Entry >= 0 && candidate.LastToken > candidate.FirstToken))
            {
                var last = tokens[candidate.LastToken].Of(text).ToString();
                if (last.Length >= 3)
                {
                    known.TryAdd(last, candidate);
                }
            }
        }

        if (known.Count == 0)
        {
            return;
        }

        // The first letters of the names (low six bits): most words start with none and skip the dictionary.
        var firsts = 0UL;
        foreach (var name in known.Keys)
        {
            firsts |= 1UL << name[0];
        }

        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var place = owner[i] >= 0 && all[owner[i]] is { Place: >= 0 } p && p.FirstToken == i && p.LastToken == i;
            if (owner[i] >= 0 && !place || !tokens[i].IsCapitalized)
            {
                continue;
            }

            var word = tokens[i].Of(text);
            if ((firsts & (1UL << word[0])) == 0)
            {
                continue;
            }

            if (lookup.TryGetValue(word, out var person) || word.EndsWith("s") && lookup.TryGetValue(word[..^1], out person))
            {
                if (place)
                {
                    Replace(all, owner, i, i);
                }

                Add(all, owner, new Candidate
                {
                    Begin = tokens[i].Begin, End = tokens[i].End, FirstToken = i, LastToken = i, NewName = person.NewName,
                    Entry = person.NewName is null ? person.Entry : -1,
                    Kind = ActorKind.Person, Class = NamedEntityClass.Person, Surface = SurfaceKind.Surname,
                });
            }
        }
    }

    private static void FindOrganizations(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || owner[i] >= 0 || !token.IsCapitalized)
            {
                continue;
            }

            var word = token.Of(text);
            var last = -1;
            if (OrgStarters.Contains(text, token) || IsOrgCompound(word) && i + 2 < tokens.Count
                && tokens[i + 1].Of(text) is "für" or "der" or "des" && tokens[i + 2].IsCapitalized)
            {
                var from = i + 2 < tokens.Count && tokens[i + 1].Of(text) is "für" or "der" or "des" ? i + 2 : i + 1;
                last = CapitalizedRun(text, tokens, from, owner, allowFuer: true, overPlaces: all);
                if (last <= i && !(i + 1 < tokens.Count && owner[i + 1] >= 0 && all[owner[i + 1]].Kind == ActorKind.Location
                                   && word.Length > 3))
                {
                    continue;
                }

                if (last <= i)
                {
                    last = i + 1; // "Universität Hamburg", "Eintracht Frankfurt"
                }

                Replace(all, owner, i, last);
            }
            else if (i + 1 < tokens.Count && owner[i + 1] < 0 && IsOrgAdjective(word) && IsOrgHead(tokens[i + 1].Of(text)))
            {
                // "Hessischen Rundfunks", "Berliner Zeitung", "Medizinische Hochschule Hannover"
                last = i + 1;
                if (last + 2 < tokens.Count && tokens[last + 1].Of(text) is "für" or "der" or "des" && tokens[last + 2].IsCapitalized)
                {
                    last = Math.Max(last, CapitalizedRun(text, tokens, last + 2, owner, allowFuer: true));
                }
                else if (last + 1 < tokens.Count && owner[last + 1] >= 0 && all[owner[last + 1]].Place >= 0
                         && all[owner[last + 1]].LastToken == last + 1)
                {
                    last++;
                }

                Replace(all, owner, i, last);
            }
            else if (token.IsAllCaps && word.Length is >= 2 and <= 6 && !NotOrgAcronyms.Contains(text, token))
            {
                last = i;
            }
            else if (IsOrgCompound(word))
            {
                last = i;
            }
            else
            {
                var run = CapitalizedRun(text, tokens, i, owner, allowFuer: false);
                for (var k = i + 1; k <= run + 1 && k < tokens.Count && run >= i; k++)
                {
                    if (owner[k] < 0 && LegalForms.Contains(text, tokens[k]))
                    {
                        last = k; // "Wendler AG": the legal form may be capitalised like the name
                        break;
                    }
                }
            }

            if (last < i)
            {
                continue;
            }

            var name = NameText(text, tokens, i, last);
            Add(all, owner, new Candidate
            {
                Begin = token.Begin, End = tokens[last].End, FirstToken = i, LastToken = last, NewName = name,
                Kind = ActorKind.Organization, Class = NamedEntityClass.Organization, Surface = SurfaceKind.Name,
            });
            i = last;
        }
    }

    private static readonly WordSet PlaceCues = new(new[]
    {
        "in", "nach", "aus", "bei", "nahe", "Richtung", "near", "gen", "In", "Nach", "Aus", "Bei",
    });

    // Nouns before a name that make it a place ("im Landkreis Garze") or an organisation ("die Firma Saperion").
    private static readonly WordSet PlaceCueNouns = new(new[]
    {
        "Stadt", "Gemeinde", "Ort", "Ortsteil", "Dorf", "Kreis", "Landkreis", "Bezirk", "Kanton", "Provinz", "Region",
        "Fluss", "Insel", "Bundesland", "Hauptstadt", "Stadtteil", "Hafen", "Berg", "Tal", "Stadtbezirk", "Departement",
        "Distrikt", "Grafschaft", "Landschaft", "Halbinsel", "Gebirge", "See", "Nachbarort", "Kleinstadt", "Großstadt",
        "Metropole", "Ortschaft", "Weiler", "Markt", "Burg", "Schloss", "Kloster", "Kirche",
    });

    private static readonly WordSet OrgCueNouns = new(new[]
    {
        "Firma", "Unternehmen", "Konzern", "Hersteller", "Band", "Gruppe", "Label", "Plattenlabel", "Zeitung",
        "Zeitschrift", "Magazin", "Sender", "Fernsehsender", "Radiosender", "Fluggesellschaft", "Airline", "Mannschaft",
        "Verein", "Klub", "Club", "Partei", "Bank", "Agentur", "Nachrichtenagentur", "Softwarehersteller", "Autobauer",
        "Modekette", "Kette", "Rockband", "Popgruppe", "Tageszeitung", "Wochenzeitung", "Verlag", "Organisation",
        "Stiftung", "Institut", "Versicherer", "Energiekonzern", "Chemiekonzern", "Mobilfunker", "Reederei",
    });

    private static readonly WordSet SayingVerbs = new(new[]
    {
        "sagte", "sagt", "erklärte", "erklärt", "meinte", "meint", "betonte", "betont", "kritisierte", "schrieb",
        "forderte", "fordert", "warnte", "warnt", "sagten", "erläuterte", "ergänzte", "fügte", "räumte", "bestätigte",
        "kündigte", "berichtete", "antwortete", "verriet", "gab", "zeigte", "hofft", "hoffte", "glaubt", "glaubte",
        "lobte", "erinnerte", "unterstrich", "versicherte", "bekräftigte", "verwies", "mahnte", "beklagte", "bedauerte",
        "dementierte", "behauptete", "sagen", "sprach", "said", "says", "told", "added", "wrote", "explained", "insisted",
    });

    private static readonly WordSet StreetHeads = new(new[]
    {
        "Straße", "Strasse", "Platz", "Allee", "Weg", "Gasse", "Ring", "Damm", "Ufer", "Brücke", "Tor", "Markt",
    });

    private static readonly string[] StreetEndings = ["straße", "strasse", "platz", "allee", "gasse"];

    /// <summary>A street or square named after someone or something: "Knoopstraße", "Goetheplatz" (a place).</summary>
    private bool IsStreet(ReadOnlySpan<char> word)
    {
        foreach (var ending in StreetEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal) && char.IsUpper(word[0]))
            {
                // A square named after a common noun is no place name: "Flugplatz", "Tabellenplatz" (but "Goetheplatz").
                return ending != "platz" || !IsCommonModifier(word[..^ending.Length]);
            }
        }

        return false;
    }

    /// <summary>Whether the first part of a compound is a common noun, with or without a linking -s, -n, -en or -es.</summary>
    private bool IsCommonModifier(ReadOnlySpan<char> modifier)
    {
        if (_common.IsListed(modifier))
        {
            return true;
        }

        foreach (var link in (ReadOnlySpan<string>)["s", "n", "en", "es"])
        {
            if (modifier.Length > link.Length + 2 && modifier.EndsWith(link, StringComparison.Ordinal)
                && _common.IsListed(modifier[..^link.Length]))
            {
                return true;
            }
        }

        return false;
    }

    // Endings of German place names that also end compounds of common nouns ("Braunsdorf", "Arzberg"): a capitalised
    // word with one of them that is not itself listed is taken as a place name.
    private static readonly string[] StrongPlaceEndings =
    [
        "dorf", "hausen", "ingen", "burg", "berg", "heim", "rode", "furt", "hagen", "bach", "brück", "kirchen", "leben",
        "weiler", "hofen", "stedt", "büttel", "born", "thal", "stein", "feld", "hain", "kofen", "reuth", "roda",
    ];

    /// <summary>"Tierheim", "Gräberfeld", "Barockkirchen": a common noun before an ending that also makes compounds.</summary>
    private bool IsCommonCompound(ReadOnlySpan<char> word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["heim", "feld", "kirchen", "springen", "stein"])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return IsCommonModifier(word[..^ending.Length]);
            }
        }

        return false;
    }

    private static bool HasStrongPlaceEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in StrongPlaceEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PlaceEndings =
    [
        "burg", "berg", "dorf", "hausen", "heim", "ingen", "stadt", "feld", "bach", "rode", "furt", "hagen", "ow", "itz",
        "au", "land", "ien", "stan", "brück", "brücken", "wald", "see", "tal", "thal", "kirchen", "leben", "ville",
    ];

    /// <summary>Capitalised words that are no common German word (<see cref="CommonWords"/>), no function word and no role,
    /// not yet found otherwise: a name, typed by context (a place after "in", "nach", "aus" or with a place-name
    /// ending, else a person).</summary>
    private void FindUnknownNames(string text, List<Token> tokens, List<Candidate> all, int[] owner, int[] roles)
    {
        var common = _common;
        var notName = -1; // the token that ended the last run, known to be no unknown name
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i == notName || !IsUnknownName(text, tokens, i, owner, common, roles))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Count && !tokens[last + 1].StartsLine)
            {
                if (!IsUnknownName(text, tokens, last + 1, owner, common, roles))
                {
                    notName = last + 1;
                    break;
                }

                last++;
            }

            var word = tokens[last].Of(text);
            if (last == i && word.EndsWith("er", StringComparison.Ordinal) && last + 1 < tokens.Count && tokens[last + 1].IsCapitalized
                && _common.IsCommon(tokens[last + 1].Of(text)) && !StreetHeads.Contains(tokens[last + 1].Of(text)))
            {
                continue; // "Petersburger Hängung": an adjective of a place name, no name itself
            }

            var previous = i > 0 ? tokens[i - 1].Of(text) : default;
            var orgCue = i > 0 && OrgCueNouns.Contains(previous);
            var person = !orgCue && (IsName(word, NameKinds.Surname) || IsName(tokens[i].Of(text), NameKinds.GivenName)
                                     || last > i && IsName(tokens[i].Of(text), NameKinds.MoreGivenName));
            var place = !person && !orgCue && (IsStreet(word) || i > 0 && (PlaceCues.Contains(previous)
                                                         || PlaceCueNouns.Contains(previous)
                                                         || i > 1 && previous is "der" or "dem" && tokens[i - 2].Of(text) is "an" or "An"));
            if (!place && !person && !orgCue && last + 1 < tokens.Count && StreetHeads.Contains(tokens[last + 1].Of(text)))
            {
                last++; // "Neuendorfer Straße"
                place = true;
            }

            if (!place && !person && !orgCue)
            {
                foreach (var ending in PlaceEndings)
                {
                    if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)
                        && !word.EndsWith("bau", StringComparison.Ordinal))
                    {
                        place = true;
                        break;
                    }
                }
            }

            if (!place && !orgCue && !person)
            {
                // No cue: a person only next to a verb of saying or before an age or a party ("Kolb sagte", "sagte Kolb",
                // ", so Kolb", "Klum (37)", "Kolb (SPD)"), or a genitive before a noun ("Napoleons Truppen").
                person = i > 0 && SayingVerbs.Contains(previous)
                         || i > 1 && previous is "so" && tokens[i - 2].Of(text) is ","
                         || last + 1 < tokens.Count && (SayingVerbs.Contains(tokens[last + 1].Of(text))
                                                     || last + 2 < tokens.Count && tokens[last + 1].Of(text) is "(" && (tokens[last + 2].Flags & TokenFlags.Numeric) != 0
                                                        && tokens[last + 2].Length <= 2
                                                     || last + 2 < tokens.Count && tokens[last + 1].Of(text) is "(" && tokens[last + 2].IsAllCaps
                                                        && tokens[last + 2].Length is >= 2 and <= 5)
                         || IsGenitiveName(text, tokens, i, last) || PersonCues.HasContextCue(text, tokens, i, last);
                if (!person)
                {
                    i = last;
                    continue;
                }
            }

            Add(all, owner, new Candidate
            {
                Begin = tokens[i].Begin, End = tokens[last].End, FirstToken = i, LastToken = last,
                NewName = NameText(text, tokens, i, last),
                Kind = place ? ActorKind.Location : orgCue ? ActorKind.Organization : ActorKind.Person,
                Class = place ? NamedEntityClass.Location : orgCue ? NamedEntityClass.Organization : NamedEntityClass.Person,
                Surface = SurfaceKind.Name,
            });
            i = last;
        }
    }

    private static readonly WordSet LegalSuffixes = new(new[]
    {
        "AG", "GmbH", "SE", "KG", "KGaA", "eG", "OHG", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "LLC", "plc", "PLC",
        "Group", "Holding", "Holdings", "NV", "N.V.", "SA", "S.A.", "AB", "ASA", "Oyj", "SpA", "S.p.A.", "Verlag",
        "Airways", "Airlines", "Energy", "Comics", "Records", "Pharmaceuticals",
    });

    // Words after a person's or place's name that make an organisation named after them: "Dave Matthews Band".
    private static readonly WordSet NamedAfterSuffixes = new(new[]
    {
        "Band", "Verlag", "Comics", "School", "College", "Theatre", "Foundation", "Orchestra", "Ensemble", "Quartett",
        "Trio", "Institute", "Gallery", "Galerie", "Brothers", "Brüder", "Söhne", "Sons", "Partner", "Associates",
    });

    private static readonly WordSet ClubWords = new(new[]
    {
        "City", "Town", "United", "Rovers", "Wanderers", "Athletic", "Albion", "County", "Bulls", "Spurs", "Flyers",
        "Lakers", "Celtics", "Knicks", "Giants", "Jets", "Rangers", "Warriors", "Kings", "Capitals", "Devils", "Sharks",
        "Penguins", "Bruins", "Canadiens", "Raptors", "Heat", "Magic", "Pistons", "Rockets", "Suns", "Nets", "Bears",
        "Eagles", "Lions", "Tigers", "Panthers", "Patriots", "Steelers", "Cowboys", "Packers", "Red Sox", "Yankees",
        "Mets", "Cubs", "Dodgers", "Braves", "Capitals", "Islanders", "Blackhawks", "Stars", "Wolves", "Hawks",
    });

    /// <summary>Widens organisations: by a legal form after a name ("Audi AG", "Hays AG", "Google Inc."), by a place
    /// after an organisation found by pattern ("THW Kiel", "TU Berlin", "FC Chelsea London"), by a capitalised
    /// adjective before one ("Deutschen Bundestag"); a place before a two-digit number is a club ("Mainz 05").</summary>
    private void ExtendOrganizations(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var c = 0; c < all.Count; c++)
        {
            var candidate = all[c];
            if (candidate.IsPart || candidate.End <= candidate.Begin || candidate.Class is null || candidate.IsCoreference)
            {
                continue;
            }

            var next = candidate.LastToken + 1;
            if (next >= tokens.Count || tokens[next].StartsLine)
            {
                continue;
            }

            var nextWord = tokens[next].Of(text);
            if (owner[next] < 0 && (LegalSuffixes.Contains(nextWord)
                                    && candidate.Class != NamedEntityClass.Person
                                    || NamedAfterSuffixes.Contains(nextWord))
                && candidate.Kind != ActorKind.Country)
            {
                Widen(text, tokens, all, owner, candidate, candidate.FirstToken, next);
                candidate.Kind = ActorKind.Organization;
                candidate.Class = NamedEntityClass.Organization;
                continue;
            }

            var placeAfter = owner[next] >= 0 && all[owner[next]] is { Class: NamedEntityClass.Location, IsPart: false } after
                                                 && after.FirstToken == next && after.LastToken == next && after.Kind != ActorKind.Country
                             || owner[next] < 0 && tokens[next].IsCapitalized && _gazetteer.TryMatchPart(nextWord, out var ambiguous)
                                                 && ambiguous.Kind == SurfaceKind.AmbiguousPlace;
            var alone = !(next + 1 < tokens.Count && tokens[next + 1].IsCapitalized && tokens[next + 1].IsWord && !tokens[next + 1].StartsLine);
            if (placeAfter && alone && candidate.Class == NamedEntityClass.Organization && candidate.Entry < 0)
            {
                // "THW Kiel", "TU Berlin", "FC Chelsea London"
                if (owner[next] >= 0)
                {
                    all[owner[next]].Begin = all[owner[next]].End;
                    all[owner[next]].IsPart = true;
                }

                Widen(text, tokens, all, owner, candidate, candidate.FirstToken, next);
                continue;
            }

            if (candidate.Class == NamedEntityClass.Location && candidate.Kind != ActorKind.Country && owner[next] < 0
                && ClubWords.Contains(nextWord))
            {
                // "Stoke City", "Chicago Bulls", "Northampton Town": a club named after its town.
                Widen(text, tokens, all, owner, candidate, candidate.FirstToken, next);
                candidate.Kind = ActorKind.Organization;
                candidate.Class = NamedEntityClass.Organization;
                continue;
            }

            if (candidate.Class == NamedEntityClass.Location && candidate.Place >= 0 && candidate.FirstToken == candidate.LastToken
                && owner[next] < 0 && (tokens[next].Flags & TokenFlags.Numeric) != 0 && nextWord.Length == 2 && nextWord[0] is '0' or '9'
                && (next + 1 >= tokens.Count || !tokens[next + 1].IsWord || !char.IsLetterOrDigit(text[tokens[next + 1].Begin])
                    || char.IsLower(text[tokens[next + 1].Begin])))
            {
                // "Mainz 05", "Hannover 96", "Schalke 04": a club.
                Widen(text, tokens, all, owner, candidate, candidate.FirstToken, next);
                candidate.Kind = ActorKind.Organization;
                candidate.Class = NamedEntityClass.Organization;
                candidate.Place = -1;
                continue;
            }

            var previous = candidate.FirstToken - 1;
            if (candidate.Class == NamedEntityClass.Organization && previous >= 0 && owner[previous] < 0 && !tokens[candidate.FirstToken].StartsLine
                && tokens[previous].IsWord && IsOrgAdjective(tokens[previous].Of(text)) && _common.IsListed(tokens[previous].Of(text))
                && !(previous > 0 && tokens[previous - 1].IsCapitalized && owner[previous - 1] < 0 && !tokens[previous].StartsLine
                     && !NotNames.Contains(tokens[previous - 1].Of(text))))
            {
                Widen(text, tokens, all, owner, candidate, previous, candidate.LastToken); // "Deutschen Bundestag"
            }
        }
    }

    /// <summary>"Kraftwerk Lippendorf", "Realschule Spaichingen", "Polizei Hannover": an institution noun before a
    /// place, and nothing capitalised after it.</summary>
    private void FindInstitutionsAtPlaces(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var next = i + 1;
            if (owner[i] >= 0 || !tokens[i].IsCapitalized || tokens[next].StartsLine || owner[next] < 0
                || all[owner[next]] is not { Class: NamedEntityClass.Location, IsPart: false } place
                || place.FirstToken != next || place.Kind == ActorKind.Country
                || next + 1 < tokens.Count && tokens[next + 1].IsCapitalized && tokens[next + 1].IsWord
                || !IsOrgHead(tokens[i].Of(text)) || NotNames.Contains(tokens[i].Of(text)))
            {
                continue;
            }

            var last = place.LastToken;
            place.Begin = place.End;
            place.IsPart = true;
            Add(all, owner, new Candidate
            {
                Begin = tokens[i].Begin, End = tokens[last].End, FirstToken = i, LastToken = last, NewName = NameText(text, tokens, i, last),
                Kind = ActorKind.Organization, Class = NamedEntityClass.Organization, Surface = SurfaceKind.Name,
            });
            i = last;
        }
    }

    private static void Widen(string text, List<Token> tokens, List<Candidate> all, int[] owner, Candidate candidate, int first, int last)
    {
        var index = owner[candidate.FirstToken];
        candidate.FirstToken = first;
        candidate.LastToken = last;
        candidate.Begin = tokens[first].Begin;
        candidate.End = tokens[last].End;
        if (candidate.NewName is not null || candidate.Entry < 0)
        {
            candidate.NewName = NameText(text, tokens, first, last);
            candidate.Place = -1;
        }

        for (var t = first; t <= last; t++)
        {
            owner[t] = index;
        }
    }

    /// <summary>"Napoleons Truppen", "Hitlers Machtergreifung": a name in the genitive (a word in -s whose stem is no
    /// common word, after no article) before a capitalised noun.</summary>
    private bool IsGenitiveName(string text, List<Token> tokens, int first, int last)
    {
        var word = tokens[last].Of(text);
        if (word.Length < 5 || !word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("ss", StringComparison.Ordinal)
            || last + 1 >= tokens.Count || !tokens[last + 1].IsCapitalized || !tokens[last + 1].IsWord || tokens[last + 1].IsAllCaps
            || !_common.IsCommon(tokens[last + 1].Of(text)) || first > 0 && tokens[first - 1].Of(text) is "der" or "des" or "die" or "das" or "dem" or "den")
        {
            return false;
        }

        var stem = word[..^1];
        return !_common.IsCommon(stem) && !_gazetteer.TryMatchPart(stem, out _);
    }

    /// <summary>Joins places written as one: "München/Hamburg", "Cerro Amarillo", "North York" (two places of the place
    /// list or found by pattern, next to each other on one line).</summary>
    private static void MergePlaces(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (owner[t] < 0 || !IsLoosePlace(all[owner[t]]) || all[owner[t]].LastToken != t)
            {
                continue;
            }

            var next = t + 1;
            if (tokens[next].Of(text) is "/" && tokens[next].Begin == tokens[t].End && next + 1 < tokens.Count
                && tokens[next + 1].Begin == tokens[next].End)
            {
                next++;
            }

            if (next >= tokens.Count || tokens[next].StartsLine || owner[next] < 0 || owner[next] == owner[t])
            {
                continue;
            }

            var first = all[owner[t]];
            var second = all[owner[next]];
            if (!IsLoosePlace(second) || second.FirstToken != next)
            {
                continue;
            }

            first.End = second.End;
            first.LastToken = second.LastToken;
            first.Place = -1;
            first.NewName = NameText(text, tokens, first.FirstToken, first.LastToken);
            second.Begin = second.End;
            second.IsPart = true;
            for (var k = t + 1; k <= first.LastToken; k++)
            {
                owner[k] = owner[t];
            }

            t = first.LastToken - 1; // a third part may follow
        }
    }

    private static bool IsLoosePlace(Candidate candidate) =>
        candidate.Class == NamedEntityClass.Location && !candidate.IsPart && candidate.End > candidate.Begin
        && (candidate.Place >= 0 || candidate.NewName is not null && candidate.Entry < 0);

    private bool IsUnknownName(string text, List<Token> tokens, int i, int[] owner, CommonWords common, int[] roles)
    {
        var token = tokens[i];
        if (!token.IsWord || !token.IsCapitalized || token.IsAllCaps || owner[i] >= 0 || token.Length < 2)
        {
            return false;
        }

        var word = token.Of(text);
        if (NotNames.Contains(text, token) || Honorifics.Contains(text, token)
            || IsRoleToken(text, tokens, i, roles))
        {
            return false;
        }

        if (IsStreet(word))
        {
            return true; // "Knoopstraße"
        }

        var hyphen = word.LastIndexOfAny('-', '\u2011');
        var head = hyphen >= 0 ? word[(hyphen + 1)..] : word;
        if (head.IsEmpty || !char.IsUpper(head[0])
            || (hyphen < 0 ? common.IsCommon(head, token.Hash) : common.IsCommon(head)) && !(IsName(head, NameKinds.Surname) && !common.Contains(head))
                                     && !(hyphen < 0 && HasStrongPlaceEnding(head) && !common.IsListed(head) && !IsCommonCompound(head)))
        {
            return false; // "DLR-Forscher", "Model-Suche": a compound noun
        }

        // "Gitarren- und Basslinien": the first part of a compound cut short.
        return !(i + 1 < tokens.Count && tokens[i + 1].Begin == token.End && text[token.End] is '-' or '\u2011');
    }

    private static readonly string[] AdjectiveOrgHeads =
    [
        "ministerium", "gericht", "gerichtshof", "verband", "verein", "gewerkschaft", "universität", "hochschule",
        "institut", "stiftung", "partei", "bank", "kommission", "behörde", "agentur", "konzern", "gesellschaft",
        "versicherung", "werke", "kammer", "akademie", "polizei", "staatsanwaltschaft", "rundfunk", "parlament",
        "ausschuss", "zeitung", "verlag", "museum", "theater", "vereinigung", "bündnis", "allianz", "rundschau",
        "nachrichten", "zentrale", "sparkasse", "landesbank", "kirche", "oper", "orchester", "philharmonie",
        "sezession", "frauenhilfe", "mieterverein", "liga", "schule", "gymnasium", "genossenschaft", "kraftwerk",
        "klinik", "klinikum", "krankenhaus", "bibliothek", "volksbank", "brauerei", "stadtwerke", "verkehrsbetriebe",
    ];

    private static bool IsOrgHead(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > 60 || !char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        InvariantCase.ToLower(word, lower);
        foreach (var head in AdjectiveOrgHeads)
        {
            if (EndsWithInflected(lower, head))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised inflected adjective ("Hessischen", "Deutsche") or a place adjective ("Berliner").</summary>
    private static bool IsOrgAdjective(ReadOnlySpan<char> word) =>
        word.Length >= 5 && char.IsUpper(word[0]) && char.IsLower(word[^1])
        && (word.EndsWith("ische", StringComparison.Ordinal) || word.EndsWith("ischen", StringComparison.Ordinal)
            || word.EndsWith("ischer", StringComparison.Ordinal) || word.EndsWith("isches", StringComparison.Ordinal)
            || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("sche", StringComparison.Ordinal)
            || word.EndsWith("schen", StringComparison.Ordinal) || word is "Deutsche" or "Deutschen" or "Deutscher"
            || word.EndsWith("ale", StringComparison.Ordinal) || word.EndsWith("alen", StringComparison.Ordinal)
            || word.EndsWith("ige", StringComparison.Ordinal) || word.EndsWith("igen", StringComparison.Ordinal)
            || word.EndsWith("nde", StringComparison.Ordinal) || word.EndsWith("nden", StringComparison.Ordinal));

    /// <summary>Whether <paramref name="lower"/> ends with <paramref name="head"/> or with it and -s, -es or -en.</summary>
    private static bool EndsWithInflected(ReadOnlySpan<char> lower, string head) =>
        lower.EndsWith(head, StringComparison.Ordinal)
        || lower.EndsWith('s') && lower[..^1].EndsWith(head, StringComparison.Ordinal)
        || (lower.EndsWith("es", StringComparison.Ordinal) || lower.EndsWith("en", StringComparison.Ordinal))
        && lower[..^2].EndsWith(head, StringComparison.Ordinal);

    private static bool IsOrgCompound(ReadOnlySpan<char> word)
    {
        // The first letters of the prefixes below: most words start otherwise and are not copied to lower case.
        if (word.Length < 8 || word.Length > 60 || InvariantCase.ToLower(word[0]) is not ('b' or 'l' or 'e' or 's' or 'u' or 'w'))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        InvariantCase.ToLower(word, lower);
        if (!(lower.StartsWith("bundes") || lower.StartsWith("landes") || lower.StartsWith("europa") || lower.StartsWith("staats")
              || lower.StartsWith("uno-") || lower.StartsWith("un-") || lower.StartsWith("eu-") || lower.StartsWith("welt")))
        {
            return false;
        }

        foreach (var head in OrgHeads)
        {
            if (EndsWithInflected(lower, head))
            {
                return true;
            }
        }

        return false;
    }

    private static int CapitalizedRun(string text, List<Token> tokens, int start, int[] owner, bool allowFuer,
        List<Candidate>? overPlaces = null)
    {
        var end = start - 1;
        var connected = start > 0 && tokens[start - 1].Of(text) is "für" or "der" or "des" or "zur" or "zum" or "of";
        for (var j = start; j < tokens.Count && j < start + 7; j++)
        {
            var token = tokens[j];
            var word = token.Of(text);
            if (allowFuer && j > start && word is "für" or "of" or "der" or "des" or "zur" or "zum" or "and" && j + 1 < tokens.Count
                && tokens[j + 1].IsCapitalized)
            {
                connected = true;
                continue;
            }

            if (allowFuer && j > start && (connected && word is "und" or "&" || word.EndsWith("scher", StringComparison.Ordinal)
                                           && char.IsLower(word[0]))
                && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && owner[j + 1] < 0
                && !NotNames.Contains(text, tokens[j + 1]))
            {
                continue; // "Hochschule für Technik und Wirtschaft", "Bundesverband deutscher Banken"
            }

            if (!token.IsWord || token.StartsLine && j > start
                || owner[j] >= 0 && !(overPlaces is not null && overPlaces[owner[j]].Class == NamedEntityClass.Location)
                || !(token.IsCapitalized || char.IsDigit(word[0]))
                || NotNames.Contains(text, token))
            {
                break;
            }

            end = j;
        }

        return end;
    }

    /// <summary>Drops the candidates on tokens <paramref name="first"/>..<paramref name="last"/> ("Dortmund" inside
    /// "Borussia Dortmund").</summary>
    private static void Replace(List<Candidate> all, int[] owner, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (owner[t] >= 0)
            {
                var old = all[owner[t]];
                old.Begin = old.End;
                old.IsPart = true;
            }
        }
    }

    internal static void Add(List<Candidate> all, int[] owner, Candidate candidate)
    {
        for (var t = candidate.FirstToken; t <= candidate.LastToken; t++)
        {
            if (owner[t] >= 0 && !all[owner[t]].IsPart)
            {
                return;
            }
        }

        for (var t = candidate.FirstToken; t <= candidate.LastToken; t++)
        {
            if (owner[t] >= 0)
            {
                all[owner[t]].Begin = all[owner[t]].End; // an overridden part: emptied, dropped below
            }

            owner[t] = all.Count;
        }

        all.Add(candidate);
    }
}
