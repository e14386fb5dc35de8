using Timeline.Core.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

/// <summary>Places and organisations found by the shape of their names after the other passes of
/// <see cref="EntityScanner"/>: roads ("A 7", "Bundesstraße 216"), landmarks written as one word
/// ("Kyffhäuserdenkmal", "Veitskapelle"), a place adjective before a landmark noun ("Tegeler See", "Schwabacher
/// Straße"), a landmark noun before a place ("Kreuz Walldorf", "Schloss Moritzburg"), English place heads ("Hudson
/// River", "Fifth Avenue"), sports clubs ("Preußen Münster", "ESV Lok Zwickau") and newspapers ("Eichsfelder
/// Tageblatt", "Passauer Neue Presse").</summary>
/// <remarks>Immutable and thread-safe; works on the candidate list of one text.</remarks>
internal sealed class PlaceAndOrganizationPatterns
{
    private static readonly WordSet RoadWords = new(new[]
    {
        "Bundesstraße", "Bundesstrasse", "Bundesautobahn", "Autobahn", "Landesstraße", "Staatsstraße", "Kreisstraße",
        "Interstate", "Highway", "Route", "Europastraße",
    });

    // Words before "A 7" or "B 27" that make the letter a road (and not a grade, a class or a paper size).
    private static readonly WordSet RoadCues = new(new[]
    {
        "der", "die", "Die", "auf", "Auf", "zur", "über", "via", "Richtung", "und", "oder", "Autobahn", "Bundesstraße",
        "Anschlussstelle", "Ausfahrt",
    });

    // Heads of one-word landmarks named after someone or somewhere: "Kyffhäuserdenkmal", "Michaelskapelle".
    private static readonly string[] LandmarkEndings =
    [
        "kirche", "kapelle", "kathedrale", "basilika", "dom", "münster", "brunnen", "denkmal", "hütte", "turm", "brücke",
        "palast", "palais", "see", "kopf", "kogel", "höhle", "weiher", "teich", "stausee", "talsperre",
        "stadion", "arena", "kaserne", "bahnhof", "markt", "tunnel", "kanal", "schlucht", "klamm", "wasserfall",
        "gebirge", "moor", "insel", "hafen", "flughafen", "park", "garten", "ufer", "damm",
    ];

    // The last three letters of every landmark ending, alone and with a genitive -s: a word ending otherwise is no
    // landmark compound, turned away before it is copied to lower case and compared with forty endings.
    private static readonly WordSet LandmarkTails = new(LandmarkTailsOf());

    private static List<string> LandmarkTailsOf()
    {
        var tails = new List<string>();
        foreach (var ending in LandmarkEndings)
        {
            tails.Add(ending[^3..]);
            tails.Add(string.Concat(ending, "s")[^3..]);
        }

        return tails;
    }

    // Nouns after a place adjective that make a place: "Tegeler See", "Frankfurter Tor", "Lehrter Bahnhof".
    private static readonly WordSet LandmarkHeads = new(new[]
    {
        "Straße", "Strasse", "Landstraße", "Chaussee", "Allee", "Platz", "Marktplatz", "Ring", "Weg", "Damm", "Ufer",
        "Brücke", "Tor", "See", "Bucht", "Hafen", "Bahnhof", "Hauptbahnhof", "Dreieck", "Kreuz", "Stein", "Berg",
        "Höhe", "Heide", "Forst", "Wald", "Stadtwald", "Becken", "Hütte", "Dom", "Münster", "Schloss", "Burg", "Altstadt",
        "Innenstadt", "Kanal", "Moor", "Tal", "Land", "Bergland", "Hügelland", "Börde", "Bucht", "Seenplatte", "Hof",
        "Markt", "Kessel", "Tunnel", "Stadion", "Rathaus", "Kirche", "Mühle", "Marsch", "Förde", "Graben",
    });

    // Nouns before a place that name one place with it: "Kreuz Walldorf", "Schlosspark Moritzburg", "Arena Wien" (not
    // "Kloster", "Burg", "Festung": GermEval's spans leave them out).
    private static readonly WordSet PlaceBeforeHeads = new(new[]
    {
        "Dreieck", "Kreuz", "Autobahnkreuz", "Autobahndreieck", "Schlosspark", "Arena", "Stadion", "Kurpark",
    });

    // English heads after a place name: "Hudson River", "Bedford Falls", "Westminster Hall".
    private static readonly WordSet EnglishPlaceHeads = new(new[]
    {
        "River", "Falls", "Hall", "Valley", "Bay", "Lake", "Island", "Islands", "Mountains", "Mountain", "Square",
        "Street", "Avenue", "Road", "Bridge", "Tower", "Airport", "Station", "Castle", "Abbey", "Cathedral", "Beach",
        "Canyon", "Creek", "Heights", "Hill", "Hills", "Harbour", "Harbor", "Forest", "Park", "Gardens", "Boulevard",
        "Peninsula", "Desert", "Plains", "Sound", "Strait", "Springs",
    });

    private static readonly WordSet Ordinals = new(new[]
    {
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
        "Twelfth",
    });

    // Club names before the club's town: "Preußen Münster", "Hansa Rostock", "Eisbären Berlin".
    private static readonly WordSet ClubNames = new(new[]
    {
        "Preußen", "Viktoria", "Victoria", "Germania", "Concordia", "Teutonia", "Lok", "Lokomotive", "Dynamo", "Dinamo",
        "Rapid", "Sparta", "Slavia", "Spartak", "Torpedo", "Energie", "Stahl", "Chemie", "Motor", "Wacker", "Rot-Weiß",
        "Rot-Weiss", "Blau-Weiß", "Blau-Weiss", "Schwarz-Weiß", "Grün-Weiß", "Sportfreunde", "Kickers", "Vorwärts",
        "Empor", "Turbine", "Hansa", "Adler", "Eisbären", "Füchse", "Grizzlys", "Olympia", "Alemannia", "Arminia",
        "Fortuna", "Eintracht", "Borussia", "Union", "Hertha", "Tennis Borussia", "Olympiakos",
        "Galatasaray", "Fenerbahçe", "Besiktas", "Beşiktaş", "Legia", "Wisla", "Ferencváros", "Standard",
        "Racing", "Sporting", "Real", "Atlético", "Dinamo", "CSKA", "ZSKA", "Partizan", "Roter Stern", "Austria",
        "Admira", "Sturm", "Grasshoppers", "Servette", "Levski", "Slovan", "Ruch",
        "Zagłębie", "Górnik", "Steaua", "Bohemians", "Zenit", "Schachtar",
    });

    // Heads of newspaper names after a place adjective: "Eichsfelder Tageblatt", "Passauer Neue Presse".
    private static readonly WordSet MediaHeads = new(new[]
    {
        "Tageblatt", "Tagblatt", "Presse", "Anzeiger", "Kurier", "Morgenpost", "Abendblatt", "Abendzeitung",
        "Nachrichten", "Rundschau", "Post", "Bote", "Echo", "Volksstimme", "Allgemeine", "Stimme", "Merkur", "Tagespost",
        "Generalanzeiger", "General-Anzeiger", "Landeszeitung", "Volkszeitung", "Kreiszeitung", "Stadtanzeiger",
        "Stadt-Anzeiger", "Wochenblatt", "Zeitung", "Volksblatt", "Tageszeitung", "Kreisblatt", "Kreisanzeiger",
        "Heimatzeitung", "Nachrichten", "Neuesten", "Neueste", "Lokalanzeiger", "Wochenspiegel", "Stadtspiegel",
    });

    private static readonly WordSet MediaAdjectives = new(new[]
    {
        "Neue", "Neuen", "Allgemeine", "Allgemeinen", "Freie", "Freien", "Neueste", "Neuesten",
    });

    private readonly Gazetteer _gazetteer;
    private readonly ActorDictionary _dictionary;
    private readonly CommonWords _common;
    private readonly WordSet _names;

    // names: the scanner's name lists, of which the given names (NameKinds.GivenName) are asked.
    public PlaceAndOrganizationPatterns(Gazetteer gazetteer, ActorDictionary dictionary, CommonWords common,
        WordSet names)
    {
        _gazetteer = gazetteer;
        _dictionary = dictionary;
        _common = common;
        _names = names;
    }

    private bool IsGivenName(ReadOnlySpan<char> word) => ((NameKinds)_names.Kinds(word) & NameKinds.GivenName) != 0;

    /// <summary>Adds the places and organisations of the patterns to <paramref name="all"/>, taking over the tokens of
    /// shorter candidates inside them ("Bundesstraße" of "Bundesstraße 216", "Münster" of "Preußen Münster").</summary>
    public void Find(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        var nextHead = -1; // the next English organisation noun at or after i: the scan for such names starts only near one
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || token.IsCapitalized is false)
            {
                continue;
            }

            if (nextHead < i && nextHead != int.MaxValue)
            {
                nextHead = NextEnglishHead(text, tokens, i);
            }

            var last = Road(text, tokens, i, owner, all);
            var kind = ActorKind.Location;
            if (last < 0)
            {
                last = PlaceAdjectiveLandmark(text, tokens, i, owner, all);
            }

            if (last < 0)
            {
                last = HeadBeforePlace(text, tokens, i, owner, all);
            }

            if (last < 0)
            {
                last = OrdinalStreet(text, tokens, i, owner);
            }

            if (last < 0 && (last = Club(text, tokens, i, owner, all, _gazetteer)) >= 0)
            {
                kind = ActorKind.Organization;
            }

            if (last < 0 && (last = Newspaper(text, tokens, i, owner, all)) >= 0)
            {
                kind = ActorKind.Organization;
            }

            if (last < 0 && nextHead - i is > 0 and <= 8 && (last = EnglishOrganization(text, tokens, i, owner, all)) >= 0)
            {
                kind = ActorKind.Organization;
            }

            if (last < 0 && owner[i] < 0 && (token.IsAllCaps && IsClubAcronym(token.Of(text))
                                             && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].IsWord)
                                             || IsPartyShortName(text, tokens, i)))
            {
                last = i;
                kind = ActorKind.Organization;
            }

            if (last < 0 && owner[i] < 0 && IsLandmarkCompound(token.Of(text)))
            {
                last = i;
            }

            if (last < 0 && IsJoinedPlaces(text, tokens, i, owner, all))
            {
                last = i;
            }

            if (last < 0 && IsCoordinatedPlace(text, tokens, i, owner, all))
            {
                last = i;
            }

            if (last >= 0 && Claim(text, tokens, all, owner, i, last, kind))
            {
                i = last;
            }
        }

        JoinPlacesBySlash(text, tokens, all, owner);
        WidenByEnglishHeads(text, tokens, all, owner);
        RefineOrganizations(text, tokens, all, owner);
    }

    // Last parts of a compound after an organisation that name the organisation's product or branch: "ZDF-Morgenmagazin",
    // "Zeit-Online", "dpa-AFX".
    private static readonly WordSet OrganizationCompoundHeads = new(new[]
    {
        "Online", "online", "Magazin", "Morgenmagazin", "Mittagsmagazin", "Nachtmagazin", "AFX", "TV", "Radio", "News",
        "Gruppe", "Stiftung", "Verlag", "Sport", "Tochter",
    });

    /// <summary>Organisation spans and classes: "Fraunhofer FIT", "BNP Paribas" (an organisation and an unknown name or
    /// acronym after it), "ZDF-Morgenmagazin"; unknown two-letter acronyms ("FB", "BA") and governments ("Bundesregierung",
    /// a mention of the country) are no named entities.</summary>
    private void RefineOrganizations(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var c = 0; c < all.Count; c++)
        {
            var candidate = all[c];
            if (candidate.IsPart || candidate.End <= candidate.Begin)
            {
                if (candidate.IsPart && candidate.Class == NamedEntityClass.Organization && candidate.FirstToken == candidate.LastToken
                    && tokens[candidate.FirstToken].HasHyphen)
                {
                    var word = tokens[candidate.FirstToken].Of(text);
                    var head = word[(word.LastIndexOfAny('-', '\u2011') + 1)..];
                    if (OrganizationCompoundHeads.Contains(head)
                        && owner[candidate.FirstToken] == c)
                    {
                        candidate.IsPart = false;
                        candidate.End = tokens[candidate.FirstToken].End;
                        candidate.NewName = candidate.Entry < 0 ? word.ToString() : null;
                    }
                }

                continue;
            }

            if (candidate.Surface == SurfaceKind.Seat && candidate.Class == NamedEntityClass.Location
                && text.AsSpan(candidate.Begin, candidate.End - candidate.Begin).EndsWith("regierung", StringComparison.Ordinal))
            {
                candidate.Class = null;
                continue;
            }

            if (candidate.Class != NamedEntityClass.Organization)
            {
                continue;
            }

            if (candidate.Entry < 0 && candidate.FirstToken == candidate.LastToken && tokens[candidate.FirstToken].IsAllCaps
                && candidate.End - candidate.Begin == 2
                && !(candidate.FirstToken > 0 && tokens[candidate.FirstToken - 1].IsCapitalized && owner[candidate.FirstToken - 1] < 0
                     && !_common.IsCommon(tokens[candidate.FirstToken - 1].Of(text)))
                && !(candidate.LastToken + 1 < tokens.Count && tokens[candidate.LastToken + 1].IsCapitalized && tokens[candidate.LastToken + 1].IsWord))
            {
                candidate.Class = null;
                continue;
            }

            var next = candidate.LastToken + 1;
            if (next < tokens.Count && (owner[next] < 0 || tokens[next].IsAllCaps && IsLoneUnknownName(all[owner[next]], next))
                && !tokens[next].StartsLine && tokens[next].IsWord && tokens[next].IsCapitalized && !tokens[next].HasHyphen
                && !EntityScanner.IsNeverName(tokens[next].Of(text))
                && (tokens[next].IsAllCaps && tokens[next].Length is >= 2 and <= 5
                    || !tokens[next].IsAllCaps && !_common.IsCommon(tokens[next].Of(text)) && !_common.IsListed(tokens[next].Of(text)))
                && !(next + 1 < tokens.Count && tokens[next + 1].IsCapitalized && tokens[next + 1].IsWord && !tokens[next + 1].StartsLine))
            {
                if (owner[next] >= 0)
                {
                    all[owner[next]].Begin = all[owner[next]].End;
                    all[owner[next]].IsPart = true;
                }

                candidate.LastToken = next;
                candidate.End = tokens[next].End;
                if (candidate.Entry < 0)
                {
                    candidate.NewName = text[candidate.Begin..candidate.End];
                    candidate.Place = -1;
                }

                owner[next] = c;
            }
        }
    }

    /// <summary>"Darmstadt/Berlin", "Berlin-Charlottenburg", "Japan/Korea": one token of places joined by a slash, or a
    /// place and a district (a place or a name that is no word) joined by a hyphen.</summary>
    private bool IsJoinedPlaces(string text, List<Token> tokens, int i, int[] owner, List<Candidate> all)
    {
        var word = tokens[i].Of(text);
        if (word.Length < 7 || word.Length > 60 || !char.IsLetter(word[^1])
            || owner[i] >= 0 && !(all[owner[i]] is { IsPart: true } part && part.Kind is ActorKind.Location or ActorKind.Country
                                  && part.Surface is not SurfaceKind.Adjective))
        {
            return false;
        }

        var slash = word.IndexOf('/');
        var hyphen = word.IndexOf('-');
        if (slash > 0 && word.LastIndexOf('/') == slash)
        {
            return IsPlaceName(word[..slash]) && (IsPlaceName(word[(slash + 1)..]) || IsDistrictName(word[(slash + 1)..]));
        }

        return slash < 0 && hyphen > 0 && word.LastIndexOf('-') == hyphen && IsPlaceName(word[..hyphen])
               && (IsPlaceName(word[(hyphen + 1)..]) || IsDistrictName(word[(hyphen + 1)..]));
    }

    private bool IsDistrictName(ReadOnlySpan<char> part) =>
        part.Length >= 4 && char.IsUpper(part[0]) && char.IsLower(part[^1]) && (!_common.IsCommon(part) || HasPlaceNameEnding(part));

    private static readonly WordSet Conjunctions = new(new[] { "und", "oder", "sowie", ",", "and", "or" });

    /// <summary>"in Cincinnati und Indianapolis": a name that is no word, coordinated with a place (not a country).</summary>
    private bool IsCoordinatedPlace(string text, List<Token> tokens, int i, int[] owner, List<Candidate> all)
    {
        var word = tokens[i].Of(text);
        if (owner[i] >= 0 || i < 2 || tokens[i].IsAllCaps || word.Length < 4 || !char.IsLower(word[^1]) || word.Contains('-')
            || !Conjunctions.Contains(tokens[i - 1].Of(text))
            || owner[i - 2] < 0 || all[owner[i - 2]] is not { Class: NamedEntityClass.Location, IsPart: false } place
            || place.LastToken != i - 2 || place.Kind == ActorKind.Country
            || i + 1 < tokens.Count && (tokens[i + 1].IsCapitalized && tokens[i + 1].IsWord
                                        || tokens[i + 1].Of(text) is "de" or "da" or "di" or "von" or "van" or "del" or "la")
            || _common.IsCommon(word) || _common.IsListed(word) || IsGivenName(word))
        {
            return false;
        }

        return true;
    }

    /// <summary>"A 7", "A7", "B 27" after an article or preposition, "Bundesstraße 216", "Interstate 95".</summary>
    private static int Road(string text, List<Token> tokens, int i, int[] owner, List<Candidate> all)
    {
        var word = tokens[i].Of(text);
        if (word.Length >= 2 && word.Length <= 4 && word[0] is 'A' or 'B' && IsDigits(word[1..]))
        {
            return i > 0 && owner[i] < 0 && RoadCues.Contains(tokens[i - 1].Of(text))
                         && !NearProductCue(text, tokens[i].Begin) ? i : -1;
        }

        if (i + 1 >= tokens.Count || !IsDigits(tokens[i + 1].Of(text)) || tokens[i + 1].Length > 3 || owner[i + 1] >= 0
            || i + 2 < tokens.Count && tokens[i + 2].Of(text) is "." or "," && i + 3 < tokens.Count && IsDigits(tokens[i + 3].Of(text))
               && tokens[i + 2].End == tokens[i + 3].Begin)
        {
            return -1;
        }

        if (word is "A" or "B")
        {
            return i > 0 && owner[i] < 0 && RoadCues.Contains(tokens[i - 1].Of(text))
                         && !NearProductCue(text, tokens[i].Begin) ? i + 1 : -1;
        }

        return RoadWords.Contains(word) && IsFreeOrSingleLocation(owner, all, i) ? i + 1 : -1;
    }

    private static readonly string[] ProductCues =
    [
        "Modell", "Typ", "Version", "Serie", "Format", "Papier", "Klasse", "Audi", "Prozessor", "GB", "MB", "Kamera",
        "Gerät", "model", "Model", "paper",
    ];

    /// <summary>Whether a product, a size or a class is spoken of within 80 characters ("das Modell A1", "die A4 mit 236 GB").</summary>
    private static bool NearProductCue(string text, int position)
    {
        var from = Math.Max(0, position - 80);
        var window = text.AsSpan(from, Math.Min(text.Length, position + 80) - from);
        foreach (var cue in ProductCues)
        {
            if (window.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Tegeler See", "Schwabacher Straße 12", "Frankfurter Hauptbahnhof": a place adjective (a known place or a
    /// name that is no word, + -er) before a landmark noun.</summary>
    private int PlaceAdjectiveLandmark(string text, List<Token> tokens, int i, int[] owner, List<Candidate> all)
    {
        var word = tokens[i].Of(text);
        if (i + 1 >= tokens.Count || word.Length < 5 || !word.EndsWith("er", StringComparison.Ordinal) || tokens[i].IsAllCaps
            || tokens[i + 1].StartsLine || !LandmarkHeads.Contains(tokens[i + 1].Of(text))
            || owner[i] >= 0 && all[owner[i]] is { Class: not null, IsPart: false } taken && !(taken.Class == NamedEntityClass.Location
                && taken.FirstToken == i && taken.LastToken <= i + 1)
            || !IsFreeOrSingleLocation(owner, all, i + 1) || !IsPlaceStem(word[..^2]))
        {
            return -1;
        }

        var last = i + 1;
        if (last + 1 < tokens.Count && IsHouseNumber(tokens[last + 1].Of(text)) && owner[last + 1] < 0
            && tokens[last].Of(text) is "Straße" or "Strasse" or "Allee" or "Platz" or "Weg" or "Ring" or "Damm" or "Ufer" or "Landstraße" or "Chaussee")
        {
            last++;
        }

        return last;
    }

    /// <summary>"Kreuz Walldorf", "Schloss Moritzburg", "Arena Wien": a landmark noun before a place (not a country) that
    /// ends the name.</summary>
    private static int HeadBeforePlace(string text, List<Token> tokens, int i, int[] owner, List<Candidate> all)
    {
        var next = i + 1;
        if (next >= tokens.Count || tokens[next].StartsLine || !PlaceBeforeHeads.Contains(tokens[i].Of(text))
            || !IsFreeOrSingleLocation(owner, all, i) || owner[next] < 0
            || all[owner[next]] is not { Class: NamedEntityClass.Location, IsPart: false } place || place.FirstToken != next
            || place.Kind == ActorKind.Country || place.Entry >= 0 && place.Surface is SurfaceKind.Capital or SurfaceKind.Seat
            || place.LastToken + 1 < tokens.Count && tokens[place.LastToken + 1].IsCapitalized && tokens[place.LastToken + 1].IsWord)
        {
            return -1;
        }

        return place.LastToken;
    }

    /// <summary>"Fifth Avenue", "42nd Street".</summary>
    private static int OrdinalStreet(string text, List<Token> tokens, int i, int[] owner)
    {
        if (i + 1 >= tokens.Count || owner[i] >= 0 || owner[i + 1] >= 0 || tokens[i + 1].Of(text) is not ("Avenue" or "Street"))
        {
            return -1;
        }

        var word = tokens[i].Of(text);
        var numbered = word.Length >= 3 && char.IsDigit(word[0])
                       && (word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
                           || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal));
        return numbered || Ordinals.Contains(word) ? i + 1 : -1;
    }

    /// <summary>"Preußen Münster", "Hansa Rostock", "ESV Lok Zwickau", "TSV Odenhausen/Lahn": a club name or a club
    /// acronym, up to two more names, then the club's town (a place that ends the name).</summary>
    private static int Club(string text, List<Token> tokens, int i, int[] owner, List<Candidate> all, Gazetteer gazetteer)
    {
        var word = tokens[i].Of(text);
        var acronym = tokens[i].IsAllCaps && IsClubAcronym(word);
        if (!acronym && !ClubNames.Contains(text, tokens[i]))
        {
            return -1;
        }

        if (!acronym && owner[i] >= 0 && all[owner[i]] is { Class: NamedEntityClass.Location, IsPart: false, Entry: < 0 } joined
            && joined.FirstToken == i && joined.LastToken == i + 1 && joined.NewName is not null && i + 1 < tokens.Count
            && !(i + 2 < tokens.Count && tokens[i + 2].IsCapitalized && tokens[i + 2].IsWord))
        {
            return joined.LastToken; // "Adler Mannheim": a club name that is also a place, joined with the town
        }

        if (!acronym && owner[i] >= 0 && all[owner[i]] is { Class: NamedEntityClass.Person, IsPart: false } person
            && person.FirstToken == i && person.LastToken == i + 1 && gazetteer.TryMatchPart(tokens[i + 1].Of(text), out var town)
            && town.Kind == SurfaceKind.Place
            && !(i + 2 < tokens.Count && tokens[i + 2].IsCapitalized && tokens[i + 2].IsWord))
        {
            return i + 1; // "Viktoria Köln": a club name that is also a given name, before a town
        }

        if (owner[i] >= 0 && all[owner[i]] is { IsPart: false } own && (own.FirstToken != i || own.LastToken != i
                                                                           || own.Kind == ActorKind.Country))
        {
            return -1;
        }

        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
        {
            if (!tokens[j].IsWord || !tokens[j].IsCapitalized || tokens[j].StartsLine)
            {
                return -1;
            }

            if (owner[j] >= 0 && all[owner[j]] is { Class: NamedEntityClass.Location, IsPart: false } place && place.FirstToken == j
                && place.Kind != ActorKind.Country && (place.Entry < 0 || place.Surface is SurfaceKind.Capital or SurfaceKind.Name)
                && !(place.LastToken + 1 < tokens.Count && tokens[place.LastToken + 1].IsCapitalized && tokens[place.LastToken + 1].IsWord))
            {
                return j > i + 1 && !acronym ? -1 : place.LastToken;
            }

            if (acronym && owner[j] >= 0 && all[owner[j]] is { Class: NamedEntityClass.Person, IsPart: false } named
                && named.FirstToken == j && named.LastToken > j && gazetteer.TryMatchPart(tokens[named.LastToken].Of(text), out var home)
                && home.Kind == SurfaceKind.Place
                && !(named.LastToken + 1 < tokens.Count && tokens[named.LastToken + 1].IsCapitalized && tokens[named.LastToken + 1].IsWord))
            {
                return named.LastToken; // "FC Carl Zeiss Jena": a club named after a person, then its town
            }

            if (owner[j] >= 0 && all[owner[j]] is { IsPart: false } other && other.LastToken > j)
            {
                return -1;
            }
        }

        return -1;
    }

    // Last words of English organisation names that are no German words: "Danish Refugee Council", "Jet Propulsion
    // Laboratory" (not "Bank", "Front", "Fund").
    private static readonly WordSet EnglishOrganizationHeads = new(new[]
    {
        "Council", "Commission", "Committee", "Federation", "Association", "Agency", "Authority", "Laboratory",
        "Laboratories", "Institute", "University", "College", "Society", "Foundation", "Corporation", "Company",
        "Industries", "Systems", "Airways", "Airlines", "Railway", "Railways", "Force", "Army", "Navy", "Party",
        "League", "Board", "Department", "Ministry", "Organization", "Organisation", "Network", "Records",
        "Orchestra", "Technologies", "Entertainment", "Pictures", "Studios", "Motors", "Brewery", "Church", "Alliance",
        "Movement", "Congress", "Assembly", "Parliament", "Court", "Tribunal",
    });

    /// <summary>"Danish Refugee Council", "Royal Air Force", "International Council on Security and Development": two
    /// to six capitalised words (joined by of, on, for, and) that end in an English organisation noun.</summary>
    private static int EnglishOrganization(string text, List<Token> tokens, int i, int[] owner, List<Candidate> all)
    {
        if (tokens[i].StartsLine && (i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized) || IsFunctionWord(tokens[i].Of(text))
            || i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].IsWord && !IsFunctionWord(tokens[i - 1].Of(text)))
        {
            return -1;
        }

        var last = -1;
        for (var j = i; j < tokens.Count && j < i + 8; j++)
        {
            var word = tokens[j].Of(text);
            if (j > i && word is "of" or "on" or "for" or "and" or "&" && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized)
            {
                continue;
            }

            if (!tokens[j].IsWord || !(tokens[j].IsCapitalized || char.IsAsciiDigit(word[0])) || j > i && tokens[j].StartsLine
                || owner[j] >= 0 && all[owner[j]] is { IsPart: false } taken && taken.End > taken.Begin
                   && (taken.FirstToken < i || taken.Class == NamedEntityClass.Person && taken.LastToken > j))
            {
                break;
            }

            if (j > i && EnglishOrganizationHeads.Contains(word)
                && !(j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && tokens[j + 1].IsWord && !tokens[j + 1].StartsLine))
            {
                last = j;
                if (j + 2 < tokens.Count && tokens[j + 1].Of(text) is "of" or "on" or "for" && tokens[j + 2].IsCapitalized)
                {
                    // "Council on Security and Development", "Board of Commissioners"
                    for (var k = j + 2; k < tokens.Count && k < j + 8; k++)
                    {
                        if (tokens[k].IsWord && tokens[k].IsCapitalized && owner[k] < 0 && !tokens[k].StartsLine)
                        {
                            last = k;
                        }
                        else if (!(tokens[k].Of(text) is "and" or "&" or "of" && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized))
                        {
                            break;
                        }
                    }
                }

                break;
            }

            if (owner[j] >= 0 && all[owner[j]] is { IsPart: false } inside && inside.End > inside.Begin)
            {
                j = Math.Max(j, inside.LastToken);
            }
        }

        return last;
    }

    private static int NextEnglishHead(string text, List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count; j++)
        {
            if (tokens[j].IsCapitalized && EnglishOrganizationHeads.Contains(text, tokens[j]))
            {
                return j;
            }
        }

        return int.MaxValue;
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        word is "The" or "A" or "An" or "In" or "At" or "On" or "For" or "Der" or "Die" or "Das" or "Den" or "Dem" or "Des";

    /// <summary>"die Union" (CDU/CSU), "der Linken": short names of German parties after an article, not followed by a
    /// genitive or a capitalised word ("die Europäische Union" has an adjective before it).</summary>
    private static bool IsPartyShortName(string text, List<Token> tokens, int i)
    {
        var word = tokens[i].Of(text);
        return word is "Union" or "Linke" or "Linken" && i > 0 && tokens[i - 1].Of(text) is "die" or "der" or "Die" or "Der" or "den"
               && !(i + 1 < tokens.Count && (tokens[i + 1].IsCapitalized && tokens[i + 1].IsWord
                                             || tokens[i + 1].Of(text) is "der" or "des" or "von" or "für" or "zwischen"));
    }

    private static bool IsClubAcronym(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 5
        && (word.EndsWith("SV", StringComparison.Ordinal) || word.EndsWith("FC", StringComparison.Ordinal)
            || word.EndsWith("SC", StringComparison.Ordinal) || word.EndsWith("TV", StringComparison.Ordinal) && word.Length > 2
            || word.EndsWith("SG", StringComparison.Ordinal) || word.EndsWith("HC", StringComparison.Ordinal)
            || word.EndsWith("BC", StringComparison.Ordinal) || word.EndsWith("SpVgg", StringComparison.Ordinal));

    /// <summary>"Eichsfelder Tageblatt", "Passauer Neue Presse", "Rheinische Post": a place adjective (optionally
    /// "Neue", "Allgemeine") before a newspaper head.</summary>
    private int Newspaper(string text, List<Token> tokens, int i, int[] owner, List<Candidate> all)
    {
        var word = tokens[i].Of(text);
        if (word.Length < 5 || tokens[i].IsAllCaps || i + 1 >= tokens.Count
            || owner[i] >= 0 && all[owner[i]] is { Class: not null, IsPart: false })
        {
            return -1;
        }

        var head = i + 1;
        if (head + 1 < tokens.Count && MediaAdjectives.Contains(tokens[head].Of(text)) && owner[head] < 0)
        {
            head++;
        }

        // The cheap tests first: most capitalised words have no newspaper head after them.
        return owner[head] < 0 && !tokens[head].StartsLine && MediaHeads.Contains(tokens[head].Of(text))
               && !(head + 1 < tokens.Count && tokens[head + 1].IsCapitalized && tokens[head + 1].IsWord && !tokens[head + 1].StartsLine)
               && (word.EndsWith("er", StringComparison.Ordinal) && IsPlaceStem(word[..^2])
                   || word.EndsWith("ische", StringComparison.Ordinal) || word.EndsWith("ischen", StringComparison.Ordinal))
            ? head
            : -1;
    }

    /// <summary>Whether a stem before -er names a place: a place or country of the gazetteer ("Frankfurt", "Plauen",
    /// "Lehrte"), or a capitalised name that is no common word ("Tegel").</summary>
    private bool IsPlaceStem(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 3 || !char.IsUpper(stem[0]))
        {
            return false;
        }

        if (IsPlaceName(stem))
        {
            return true;
        }

        Span<char> withE = stackalloc char[stem.Length + 1];
        stem.CopyTo(withE);
        withE[^1] = 'e';
        return IsPlaceName(withE) || !_common.IsCommon(stem) && !_common.IsListed(withE);
    }

    private bool IsPlaceName(ReadOnlySpan<char> name) =>
        _gazetteer.TryMatchPart(name, out var surface)
        && (surface.Kind is SurfaceKind.Place or SurfaceKind.AmbiguousPlace or SurfaceKind.Capital
            || surface.Kind is SurfaceKind.Name && surface.Target >= 0 && surface.Target < _dictionary.Entries.Length
                                                && _dictionary.Entries[surface.Target].Kind is ActorKind.Location or ActorKind.Country);

    /// <summary>"Kyffhäuserdenkmal", "Michaelskapelle", "Marbachsee": a landmark noun after a name (no common word, a
    /// place or a given name, with or without a linking -s), the whole no listed word.</summary>
    private bool IsLandmarkCompound(ReadOnlySpan<char> word)
    {
        // The listed-word test (up to thirty table probes) only after a landmark ending was found, which most words lack.
        if (word.Length < 7 || word.Length > 40 || !char.IsUpper(word[0]) || !char.IsLower(word[^1]) || !EndsLikeLandmark(word))
        {
            return false;
        }

        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0)
        {
            // "Osnatel-Arena", "Kyffhäuser-Denkmal": names before a landmark noun written with a hyphen.
            var head = word[(hyphen + 1)..];
            if (head.Length < 3 || !char.IsUpper(head[0]) || !IsLandmarkHead(head) || _common.IsListed(word))
            {
                return false;
            }

            foreach (var part in word[..hyphen].ToString().Split('-'))
            {
                if (part.Length < 2 || !char.IsUpper(part[0]) || !IsNameModifier(part))
                {
                    return false;
                }
            }

            return true;
        }

        Span<char> lower = stackalloc char[word.Length];
        InvariantCase.ToLower(word, lower);
        foreach (var ending in LandmarkEndings)
        {
            var length = lower.EndsWith(ending, StringComparison.Ordinal) ? ending.Length
                : lower.EndsWith('s') && lower[..^1].EndsWith(ending, StringComparison.Ordinal) ? ending.Length + 1
                : 0;
            if (length == 0 || word.Length - length < 3)
            {
                continue;
            }

            if (_common.IsListed(word))
            {
                return false;
            }

            var modifier = word[..^length];
            if (modifier.Length > 4 && modifier.EndsWith("s", StringComparison.Ordinal))
            {
                if (_common.IsCommon(modifier[..^1]) && !IsGivenName(modifier[..^1]) && !IsPlaceName(modifier[..^1]))
                {
                    return false; // "Arbeitsmarkt": a common noun with a linking -s
                }

                return IsNameModifier(modifier[..^1]) || IsNameModifier(modifier);
            }

            return IsNameModifier(modifier);
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> (three or more letters) may end in a landmark ending, with or without
    /// -s (false only when it cannot; this holds for a hyphenated landmark head too).</summary>
    private static bool EndsLikeLandmark(ReadOnlySpan<char> word)
    {
        var last = word[^3..];
        if (last[0] >= 256 || last[1] >= 256 || last[2] >= 256)
        {
            return true; // outside Latin-1 lower case may not map character by character: left to the full check
        }

        Span<char> tail = stackalloc char[3];
        InvariantCase.ToLower(last, tail);
        return LandmarkTails.Contains(tail);
    }

    private static bool HasPlaceNameEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["bach", "berg", "burg", "dorf", "feld", "stein", "hausen", "heim", "ingen", "stedt", "au"])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLandmarkHead(ReadOnlySpan<char> head)
    {
        Span<char> lower = stackalloc char[head.Length];
        InvariantCase.ToLower(head, lower);
        foreach (var ending in LandmarkEndings)
        {
            if (lower.SequenceEqual(ending) || lower.Length == ending.Length + 1 && lower.EndsWith('s') && lower.StartsWith(ending))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNameModifier(ReadOnlySpan<char> modifier)
    {
        if (IsGivenName(modifier) || _gazetteer.TryMatchPart(modifier, out var surface) && surface.Kind == SurfaceKind.Place)
        {
            return true;
        }

        if (_common.IsListed(modifier) || _gazetteer.TryMatchPart(modifier, out _)
            || _common.IsCommon(modifier) && !HasPlaceNameEnding(modifier))
        {
            return false; // a listed word, or a compound of them that does not end like a place name ("Quarzbach")
        }

        // "Pfarr" of "Pfarrgarten", "Nord" of "Nordkapelle": the stem of a listed word (Pfarrer, Norden) is no name.
        Span<char> longer = stackalloc char[modifier.Length + 2];
        modifier.CopyTo(longer);
        foreach (var ending in (ReadOnlySpan<string>)["e", "en", "er", "ei"])
        {
            ending.AsSpan().CopyTo(longer[modifier.Length..]);
            if (_common.IsListed(longer[..(modifier.Length + ending.Length)]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Darmstadt/Berlin", "Japan/Korea": places (capitals and countries too) written with a slash between them
    /// are one place.</summary>
    private static void JoinPlacesBySlash(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (tokens[t].Of(text) is not "/" || tokens[t].Begin != tokens[t - 1].End || tokens[t + 1].Begin != tokens[t].End
                || owner[t] >= 0 || owner[t - 1] < 0 || owner[t + 1] < 0
                || all[owner[t - 1]] is not { Class: NamedEntityClass.Location, IsPart: false } first
                || all[owner[t + 1]] is not { Class: NamedEntityClass.Location, IsPart: false } second
                || first.LastToken != t - 1 || second.FirstToken != t + 1 || first.End <= first.Begin || second.End <= second.Begin)
            {
                continue;
            }

            var from = first.FirstToken;
            var to = second.LastToken;
            Claim(text, tokens, all, owner, from, to, ActorKind.Location);
            t = to;
        }
    }

    /// <summary>"Hudson River", "Bedford Falls", "Westminster Hall": a place (no country) before an English place head.</summary>
    private static void WidenByEnglishHeads(string text, List<Token> tokens, List<Candidate> all, int[] owner)
    {
        for (var c = 0; c < all.Count; c++)
        {
            var place = all[c];
            var next = place.LastToken + 1;
            if (place is not { Class: NamedEntityClass.Location, IsPart: false } || place.End <= place.Begin || place.Kind == ActorKind.Country
                || place.Entry >= 0 || next >= tokens.Count || owner[next] >= 0 && !IsLoneUnknownName(all[owner[next]], next) || tokens[next].StartsLine
                || !EnglishPlaceHeads.Contains(tokens[next].Of(text)))
            {
                continue;
            }

            if (owner[next] >= 0)
            {
                all[owner[next]].Begin = all[owner[next]].End;
                all[owner[next]].IsPart = true;
            }

            place.LastToken = next;
            place.End = tokens[next].End;
            place.Place = -1;
            place.NewName = text[place.Begin..place.End];
            owner[next] = owner[place.FirstToken];
        }
    }

    /// <summary>A one-word person or organisation found by pattern only ("River" taken for a given name).</summary>
    private static bool IsLoneUnknownName(Candidate candidate, int token) =>
        candidate is { IsPart: false, Entry: < 0, Place: < 0 } && candidate.FirstToken == token && candidate.LastToken == token
        && candidate.Class is NamedEntityClass.Person or NamedEntityClass.Organization;

    private static bool IsFreeOrSingleLocation(int[] owner, List<Candidate> all, int i) =>
        owner[i] < 0 || all[owner[i]] is { IsPart: true } || all[owner[i]] is { Class: NamedEntityClass.Location or null } taken
            && taken.FirstToken == i && taken.LastToken == i && taken.Kind != ActorKind.Country;

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHouseNumber(ReadOnlySpan<char> word) =>
        word.Length is >= 1 and <= 4 && char.IsAsciiDigit(word[0]) && (IsDigits(word) || IsDigits(word[..^1]) && char.IsAsciiLetterLower(word[^1]));

    /// <summary>Makes tokens <paramref name="first"/>..<paramref name="last"/> one new candidate, dropping the candidates
    /// inside; refused when a candidate reaches outside the span.</summary>
    private static bool Claim(string text, List<Token> tokens, List<Candidate> all, int[] owner, int first, int last, ActorKind kind)
    {
        for (var t = first; t <= last; t++)
        {
            if (owner[t] >= 0 && all[owner[t]] is { IsPart: false } old && old.End > old.Begin
                && (old.FirstToken < first || old.LastToken > last))
            {
                return false;
            }
        }

        for (var t = first; t <= last; t++)
        {
            if (owner[t] >= 0)
            {
                var old = all[owner[t]];
                old.Begin = old.End;
                old.IsPart = true;
            }

            owner[t] = all.Count;
        }

        var organization = kind == ActorKind.Organization;
        all.Add(new Candidate
        {
            Begin = tokens[first].Begin, End = tokens[last].End, FirstToken = first, LastToken = last,
            NewName = text[tokens[first].Begin..tokens[last].End], Kind = kind,
            Class = organization ? NamedEntityClass.Organization : NamedEntityClass.Location, Surface = SurfaceKind.Name,
        });
        return true;
    }
}
