using System.Collections.Immutable;
using NodaTime;
using Timeline.Core;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Relations;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

/// <summary>Finds the actors of a document and resolves each mention to a canonical actor: dictionary actors and
/// their aliases, countries in every form (names, adjectives, genitives, capitals and seats of government, government
/// phrases), parts of compounds (<c>US</c>-Präsident), persons found by pattern, surnames after full names, role
/// phrases after a named holder (<c>der Sprecher</c>), and roles as HOLDS_ROLE relations dated by publication.</summary>
/// <remarks>Immutable and thread-safe; build one per dictionary and reuse it.</remarks>
public sealed class ActorRecognizer
{
    private static readonly Lazy<ActorRecognizer> Default = new(() => new ActorRecognizer(new EntityScanner(ActorDictionary.BuiltIn)));

    private static readonly WordSet Articles = new(new[]
    {
        "der", "die", "das", "den", "dem", "des", "Der", "Die", "Das", "Den", "Dem", "Des", "the", "The", "sein", "seinen",
        "seinem", "seines", "seine", "ihr", "ihre", "ihren", "ihrem", "his", "her", "its", "dessen", "deren",
    });

    private static readonly WordSet DefiniteArticles = new(new[]
    {
        "der", "die", "das", "den", "dem", "des", "Der", "Die", "Das", "Den", "Dem", "Des", "the", "The",
    });

    private readonly EntityScanner _scanner;

    private ActorRecognizer(EntityScanner scanner) => _scanner = scanner;

    /// <summary>The recognizer with the built-in dictionary.</summary>
    public static ActorRecognizer Create() => Default.Value;

    /// <summary>The recognizer with the built-in dictionary and a user's dictionary file (YAML or JSON) on top.</summary>
    /// <exception cref="InputException">The file cannot be read or has a bad entry: <c>FILE:LINE: what is wrong</c>.</exception>
    public static ActorRecognizer Create(string dictionaryPath)
    {
        ArgumentNullException.ThrowIfNull(dictionaryPath);
        string content;
        try
        {
            content = File.ReadAllText(dictionaryPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{dictionaryPath}: cannot read the actor dictionary: {e.Message}", e);
        }

        return FromText(dictionaryPath, content);
    }

    /// <summary>The recognizer with the built-in dictionary and a user's dictionary given as text (named
    /// <paramref name="name"/> in error messages).</summary>
    public static ActorRecognizer FromText(string name, string content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        return new ActorRecognizer(new EntityScanner(ActorDictionary.BuiltIn.WithUserFile(name, content)));
    }

    /// <summary>The lower-level recognizer of general named entities that shares this recognizer's dictionary.</summary>
    public NamedEntityRecognizer NamedEntities => new(_scanner);

    internal EntityScanner Scanner => _scanner;

    /// <summary>Recognises actors in <paramref name="document"/>, whose text is split into <paramref name="sentences"/>.</summary>
    public ActorRecognition Recognize(Document document, ImmutableArray<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var buffers = ScanBuffers.Current;
        var tokens = buffers.Tokens;
        Tokenizer.Tokenize(text, tokens);
        var candidates = buffers.Candidates;
        _scanner.Scan(text, tokens, candidates);
        candidates.RemoveAll(c => c.Surface == SurfaceKind.Adjective && c.FirstToken > 0 && IsEthnic(tokens[c.FirstToken - 1].Of(text)));
        var owner = buffers.RoleOwner(tokens.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            for (var t = candidates[c].FirstToken; t <= candidates[c].LastToken; t++)
            {
                owner[t] = c;
            }
        }

        var date = document.Info.Published?.Date;
        var roles = new List<(ActorId Holder, ActorId Of, string Title, int Position, Relation? Relation)>();
        var offices = new List<(ActorId Holder, ActorId? Of, string Title, int Position)>();
        FindRoles(document, tokens, candidates, owner, date, roles, sentences, offices);
        ResolveRolePhrases(text, tokens, candidates, owner, offices, date);
        var groups = FindGroups(text, tokens, candidates);
        return Build(document, candidates, roles, groups, date);
    }

    /// <summary>"ethnic Albanians", "ethnische Serben": an ethnic group, not the state of that name.</summary>
    private static bool IsEthnic(ReadOnlySpan<char> word) =>
        word.Equals("ethnic", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ethnisch", StringComparison.OrdinalIgnoreCase);

    private void FindRoles(Document document, List<Token> tokens, List<Candidate> candidates, int[] owner, LocalDate? date,
        List<(ActorId Holder, ActorId Of, string Title, int Position, Relation? Relation)> roles, ImmutableArray<TextSpan> sentences,
        List<(ActorId Holder, ActorId? Of, string Title, int Position)> offices)
    {
        var text = document.Text;
        HashSet<(ActorId, ActorId, string)>? distinct = null;
        _ = sentences;
        for (var index = 0; index < candidates.Count; index++)
        {
            var person = candidates[index];
            if (person.Kind != ActorKind.Person || person.IsCoreference || person.FirstToken == 0)
            {
                continue;
            }

            var r = person.FirstToken - 1;
            if (!tokens[r].IsWord)
            {
                continue;
            }

            var roleWord = tokens[r].Of(text);
            var lastHyphen = roleWord.LastIndexOf('-');
            if (!RoleLexicon.TryRole(lastHyphen >= 0 ? roleWord[(lastHyphen + 1)..] : roleWord, out var title, out var political))
            {
                continue;
            }

            var titleStart = r;
            ActorId? target = null;
            var prefix = owner[r] >= 0 && candidates[owner[r]].IsPart ? candidates[owner[r]] : null;
            if (lastHyphen >= 0)
            {
                var firstHyphen = roleWord.IndexOf('-');
                var rest = roleWord[(firstHyphen + 1)..];
                RoleLexicon.TryRole(rest, out var restTitle, out _);
                title = restTitle.Length > 0 ? restTitle : title;
                if (prefix is not null)
                {
                    target = IdOf(prefix);
                    if (prefix.Kind != ActorKind.Country)
                    {
                        // "Russlands UN-Botschafter": the title keeps its organisation, the country comes before it.
                        RoleLexicon.TryRole(roleWord, out var fullTitle, out _);
                        if (Qualifier(text, tokens, candidates, owner, r) is { Kind: ActorKind.Country } country)
                        {
                            title = fullTitle;
                            target = IdOf(country);
                            titleStart = country.FirstToken;
                        }
                    }
                }
            }
            else
            {
                // English titles: "Prime Minister", "Foreign Secretary".
                while (titleStart > 0 && (tokens[titleStart - 1].IsCapitalized ? RoleLexicon.IsModifier(tokens[titleStart - 1].Of(text))
                           : !tokens[r].IsCapitalized && RoleLexicon.IsModifierInAnyCase(tokens[titleStart - 1].Of(text)))
                       && owner[titleStart - 1] < 0)
                {
                    titleStart--;
                }

                title = titleStart < r ? ScanBuffers.Current.TextOf(text.AsSpan(tokens[titleStart].Begin, tokens[r].End - tokens[titleStart].Begin)) : title;
            }

            var evidenceStart = titleStart;
            if (target is null && Qualifier(text, tokens, candidates, owner, titleStart) is { } qualifier
                && qualifier.Kind is ActorKind.Country or ActorKind.Organization)
            {
                target = IdOf(qualifier);
                evidenceStart = qualifier.FirstToken;
            }

            if (RoleLexicon.IsColleague(title))
            {
                // "sein US-Kollege Blinken": the same office as the holder named before, for the qualifier's country.
                if (roles.Count == 0)
                {
                    continue;
                }

                title = roles[^1].Title;
                political = true;
            }

            if (!political)
            {
                continue;
            }

            var personId = IdOf(person);
            if (target is null && person.Entry >= 0)
            {
                var entry = _scanner.Dictionary.Entries[person.Entry];
                foreach (var role in entry.Roles)
                {
                    if (role.HeldOn(date) && SameTitle(role.Title, title))
                    {
                        target = role.Of;
                        break;
                    }
                }
            }

            offices.Add((personId, target, title, person.Begin));
            if (target is not { } of || of == personId)
            {
                continue;
            }

            var span = new TextSpan(tokens[Math.Min(evidenceStart, r)].Begin, person.End);
            // A Relation only for the first phrase of each holder, office and title: the later ones are duplicates.
            var relation = (distinct ??= []).Add((personId, of, title)) ? new Relation(personId, RelationType.HoldsRole, of, title, date, new Evidence(document.Id, span)) : null;
            roles.Add((personId, of, title, person.Begin, relation));
        }
    }

    /// <summary>The country or organisation named right before a title ("Russlands", "des russischen", "US").</summary>
    private static Candidate? Qualifier(string text, List<Token> tokens, List<Candidate> candidates, int[] owner, int titleStart)
    {
        var q = titleStart - 1;
        while (q >= 0 && (Articles.Contains(tokens[q].Of(text)) || tokens[q].Of(text) is "'" or "’" or "s"))
        {
            q--;
        }

        if (q < 0 || owner[q] < 0 || q < titleStart - 3)
        {
            return null;
        }

        var candidate = candidates[owner[q]];
        return candidate.Kind is ActorKind.Country or ActorKind.Organization && !candidate.IsCoreference ? candidate : null;
    }

    private static bool SameTitle(string a, string b)
    {
        // The titles' heads in lower case, a feminine -in dropped: "Außenministerin" and "US-Außenminister" agree.
        static ReadOnlySpan<char> Base(string t, Span<char> buffer)
        {
            var hyphen = t.LastIndexOf('-');
            var head = hyphen >= 0 ? t.AsSpan(hyphen + 1) : t.AsSpan();
            var s = buffer[..head.Length];
            InvariantCase.ToLower(head, s);
            return s.EndsWith("in", StringComparison.Ordinal) && s.Length > 6 ? s[..^2] : s;
        }

        if (a.Length > 128 || b.Length > 128)
        {
            return SameTitleLong(a, b);
        }

        Span<char> first = stackalloc char[a.Length];
        Span<char> second = stackalloc char[b.Length];
        var x = Base(a, first);
        var y = Base(b, second);
        return x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal);
    }

    private static bool SameTitleLong(string a, string b)
    {
        static string Base(string t)
        {
            var hyphen = t.LastIndexOf('-');
            var s = (hyphen >= 0 ? t[(hyphen + 1)..] : t).ToLowerInvariant();
            return s.EndsWith("in", StringComparison.Ordinal) && s.Length > 6 ? s[..^2] : s;
        }

        var x = Base(a);
        var y = Base(b);
        return x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal);
    }

    /// <summary>Role phrases after a named holder, as mentions of that person: "der Sprecher", "der Pentagon-Sprecher",
    /// "der Kanzler", "der französische Präsident", "the president", "the prime minister". The holder is the last person
    /// before the phrase named with the same office (<see cref="Office"/>): after a title in the text ("Präsident Macron")
    /// or holding it in the dictionary on the publication date ("Clinton ... the president"); a country adjective in the
    /// phrase must be the office's country. "der Präsident des Verbandes", "the president of the club" are other
    /// holders.</summary>
    private void ResolveRolePhrases(string text, List<Token> tokens, List<Candidate> candidates, int[] owner,
        List<(ActorId Holder, ActorId? Of, string Title, int Position)> offices, LocalDate? date)
    {
        AddDictionaryOffices(candidates, offices, date);
        var added = new List<Candidate>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || owner[i] >= 0 && !candidates[owner[i]].IsPart)
            {
                continue;
            }

            var word = tokens[i].Of(text);
            if (DefiniteArticles.Contains(text, tokens[i - 1]) && tokens[i].IsCapitalized && owner[i] < 0 && word.Length >= 5
                && OrganisationNamed(candidates, tokens[i].Begin, word) is { } organisation)
            {
                added.Add(new Candidate
                {
                    Begin = tokens[i].Begin, End = tokens[i].End, FirstToken = i, LastToken = i, Entry = organisation.Entry,
                    NewName = organisation.NewName, Place = organisation.Place, Kind = organisation.Kind, Surface = SurfaceKind.Surname,
                });
                continue;
            }

            var described = DescribesGroup(text, tokens[i - 1], tokens[i]) ? ActorKind.Group
                : DescribesCountry(text, tokens, i) ? ActorKind.Country : (ActorKind?)null;
            if (owner[i] < 0 && described is { } kind && LastOf(candidates, tokens[i].Begin, kind) is { } antecedent)
            {
                added.Add(new Candidate
                {
                    Begin = tokens[i].Begin, End = tokens[i].End, FirstToken = i, LastToken = i, Entry = antecedent.Entry,
                    NewName = antecedent.NewName, Place = antecedent.Place, Kind = antecedent.Kind, Surface = SurfaceKind.Description,
                });
                continue;
            }

            // The cheap checks first: most words are no role noun after an article.
            if (!tokens[i].IsCapitalized && !RoleLexicon.IsLowerCaseOffice(text, tokens[i]))
            {
                continue;
            }

            // Back over English modifiers ("the prime minister", "The Foreign Secretary") and one country adjective
            // ("der französische Präsident", "the Russian president") to the definite article.
            var a = i - 1;
            while (a > 0 && owner[a] < 0 && RoleLexicon.IsModifierInAnyCase(tokens[a].Of(text)))
            {
                a--;
            }

            var modifiersStart = a + 1;
            Candidate? adjective = null;
            if (a > 0 && owner[a] >= 0 && candidates[owner[a]] is { Kind: ActorKind.Country, Surface: SurfaceKind.Adjective } countryAdjective
                && countryAdjective.FirstToken == a)
            {
                adjective = countryAdjective;
                a--;
            }

            if (!DefiniteArticles.Contains(text, tokens[a]) || !tokens[i].IsCapitalized && !tokens[a].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (i + 1 < tokens.Count && (owner[i + 1] >= 0 && candidates[owner[i + 1]].Kind == ActorKind.Person
                || tokens[i + 1].Of(text) is "of" or "des" or "der" or "von" or "-elect"))
            {
                continue;
            }

            var hyphen = word.LastIndexOf('-');
            if (!RoleLexicon.TryRole(hyphen >= 0 ? word[(hyphen + 1)..] : word, out var title, out var political) || !political)
            {
                continue;
            }

            var modifiers = modifiersStart < i ? ScanBuffers.Current.TextOf(text.AsSpan(tokens[modifiersStart].Begin, tokens[i - 1].End - tokens[modifiersStart].Begin)) : null;
            ActorId? country = adjective is null ? null : IdOf(adjective);

            var holder = LastHolder(offices, tokens[i].Begin, modifiers is null ? title : modifiers + " " + title, country);
            if (holder is null)
            {
                continue;
            }

            if (owner[i] >= 0)
            {
                var part = candidates[owner[i]];
                part.End = part.Begin; // replaced by the whole phrase
            }

            added.Add(new Candidate
            {
                Begin = tokens[i].Begin, End = tokens[i].End, FirstToken = i, LastToken = i, NewName = holder.Value.Value,
                Kind = ActorKind.Person, Surface = SurfaceKind.Name, IsCoreference = true,
            });
        }

        candidates.RemoveAll(c => c.End <= c.Begin);
        if (added.Count > 0)
        {
            // The candidates start at distinct positions, so the sort has one result; with nothing added they are in order.
            candidates.AddRange(added);
            candidates.Sort((a, b) => a.Begin.CompareTo(b.Begin));
        }
    }

    /// <summary>Adds to the offices named in the text (role phrases, with or without the office's country), at each
    /// mention of a dictionary person, the roles the dictionary has them hold on <paramref name="date"/> (every role
    /// when the date is unknown), and sorts them into text order.</summary>
    private void AddDictionaryOffices(List<Candidate> candidates, List<(ActorId Holder, ActorId? Of, string Title, int Position)> offices,
        LocalDate? date)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Kind != ActorKind.Person || candidate.Entry < 0 || candidate.IsCoreference)
            {
                continue;
            }

            var entry = _scanner.Dictionary.Entries[candidate.Entry];
            foreach (var role in entry.Roles)
            {
                if (role.HeldOn(date))
                {
                    offices.Add((entry.Id, role.Of, role.Title, candidate.Begin));
                }
            }
        }

        // A stable order: by position, then as added (the text's own title first).
        var sorted = true;
        for (var o = 1; o < offices.Count && sorted; o++)
        {
            sorted = offices[o - 1].Position <= offices[o].Position;
        }

        if (!sorted)
        {
            var keyed = new (int Position, int Index)[offices.Count];
            for (var o = 0; o < keyed.Length; o++)
            {
                keyed[o] = (offices[o].Position, o);
            }

            Array.Sort(keyed);
            var ordered = new (ActorId Holder, ActorId? Of, string Title, int Position)[keyed.Length];
            for (var o = 0; o < keyed.Length; o++)
            {
                ordered[o] = offices[keyed[o].Index];
            }

            offices.Clear();
            offices.AddRange(ordered);
        }
    }

    /// <summary>The last holder before <paramref name="position"/> of the office <paramref name="title"/> (of
    /// <paramref name="country"/> when given), or null.</summary>
    private static ActorId? LastHolder(List<(ActorId Holder, ActorId? Of, string Title, int Position)> offices, int position, string title,
        ActorId? country)
    {
        var normal = Office.Normal(title);
        for (var r = offices.Count - 1; r >= 0; r--)
        {
            if (offices[r].Position < position && (country is null || offices[r].Of == country) && Office.SameNormal(Office.Normal(offices[r].Title), normal))
            {
                return offices[r].Holder;
            }
        }

        return null;
    }

    // Nouns that describe an armed group after a definite article ("die Dschihadisten", "the militants"): a mention of the
    // last group named before. (Company nouns, "der Konzern", "the carmaker", were tried the same way: SemEval F1 0.260
    // -> 0.258, the company named last is often not the one meant.)
    private static readonly WordSet GroupNouns = new(new[]
    {
        "Jihadisten", "Dschihadisten", "Islamisten", "Extremisten", "Terroristen", "Terrormiliz", "Miliz", "Rebellen",
        "Aufständischen", "Militanten", "militants", "jihadists", "insurgents", "rebels", "extremists", "terrorists", "militia",
    });

    // How far back (in characters) the described group may have been named.
    private const int DescribedReach = 1500;

    /// <summary>Whether "ARTICLE WORD" describes an armed group: German capitalised nouns, English ones after "the".</summary>
    private static bool DescribesGroup(string text, Token article, Token word) =>
        DefiniteArticles.Contains(text, article) && GroupNouns.Contains(text, word)
        && (char.IsUpper(text[word.Begin]) || article.Of(text).Equals("the", StringComparison.OrdinalIgnoreCase));

    /// <summary>"das Land", "des international isolierten Landes", "the country" (not "auf dem Land", "das Land Hessen",
    /// "das Land der Dichter"): the country named last.</summary>
    private static bool DescribesCountry(string text, List<Token> tokens, int i)
    {
        var word = tokens[i].Of(text);
        if (word is not ("Land" or "Landes" or "country"))
        {
            return false;
        }

        // Up to three lower-case words (adverbs, adjectives) between the article and the noun.
        var a = i - 1;
        while (a > 0 && a >= i - 3 && tokens[a].IsWord && !tokens[a].IsCapitalized && !DefiniteArticles.Contains(text, tokens[a]))
        {
            a--;
        }

        var article = tokens[a].Of(text);
        if (!(word is "Land" or "Landes" && article is "das" or "Das" or "des" or "dem"
              || word is "country" && article is "the" or "The"))
        {
            return false;
        }

        if (a >= 1 && tokens[a - 1].Of(text) is "auf" or "Auf" or "vom" or "Vom")
        {
            return false;
        }

        return i + 1 >= tokens.Count || !(tokens[i + 1].IsCapitalized && tokens[i + 1].IsWord
            || tokens[i + 1].Of(text) is "der" or "des" or "of" or "that" or "which");
    }

    /// <summary>The last actor of <paramref name="kind"/> named within <see cref="DescribedReach"/> characters before
    /// <paramref name="before"/>.</summary>
    private static Candidate? LastOf(List<Candidate> candidates, int before, ActorKind kind)
    {
        for (var c = LastBefore(candidates, before); c >= 0 && candidates[c].Begin >= before - DescribedReach; c--)
        {
            if (candidates[c].Kind == kind && candidates[c] is { IsCoreference: false, Surface: not SurfaceKind.Description } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>"das Ministerium" after "das US-Außenministerium": the last organisation whose name ends with the word.</summary>
    private Candidate? OrganisationNamed(List<Candidate> candidates, int before, ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        InvariantCase.ToLower(word[..lower.Length], lower);
        var looked = 0;
        for (var c = LastBefore(candidates, before); c >= 0 && looked < 40; c--)
        {
            var candidate = candidates[c];
            if (candidate.Begin >= before)
            {
                continue;
            }

            looked++;
            if (candidate.Kind != ActorKind.Organization || candidate.Entry < 0)
            {
                continue;
            }

            var name = _scanner.Dictionary.Entries[candidate.Entry].Name;
            if (name.Length > word.Length && word.Length <= 64 && name.AsSpan().EndsWith(lower, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The index of the last candidate starting before <paramref name="position"/> (candidates are sorted).</summary>
    private static int LastBefore(List<Candidate> candidates, int position)
    {
        int low = 0, high = candidates.Count - 1, result = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (candidates[middle].Begin < position)
            {
                result = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return result;
    }

    private List<GroupReference> FindGroups(string text, List<Token> tokens, List<Candidate> candidates)
    {
        var groups = new List<GroupReference>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // The first letter first: nearly every word starts otherwise.
            var first = tokens[i].Of(text);
            if (text[tokens[i].Begin] is not ('b' or 'B') || !(first is "beide" or "beiden" or "Beide" or "Beiden" or "both" or "Both"))
            {
                continue;
            }

            var second = tokens[i + 1].Of(text);
            if (!(second is "Seiten" or "sides" or "Länder" or "Staaten" or "Regierungen" or "countries" or "Parteien" or "parties" or "Politiker" or "Präsidenten" or "Minister" or "Außenminister"))
            {
                continue;
            }

            var members = new List<ActorId>();
            for (var c = LastBefore(candidates, tokens[i].Begin); c >= 0 && members.Count < 2; c--)
            {
                var candidate = candidates[c];
                if (candidate.Begin >= tokens[i].Begin || candidate.Kind is ActorKind.Location || IsTopic(text, candidate))
                {
                    continue;
                }

                var id = IdOf(candidate);
                if (!members.Contains(id))
                {
                    members.Add(id);
                }
            }

            if (members.Count == 2)
            {
                var span = new TextSpan(tokens[i].Begin, tokens[i + 1].End);
                groups.Add(new GroupReference(span, span.Of(text), [.. members]));
            }
        }

        return groups;
    }

    /// <summary>"Ukraine-Krise", "NATO-Gipfel": a compound about the actor, not the actor acting.</summary>
    private static bool IsTopic(string text, Candidate candidate)
    {
        if (!candidate.IsPart)
        {
            return false;
        }

        var end = candidate.End + 1;
        while (end < text.Length && Tokenizer.IsWordChar(text[end]))
        {
            end++;
        }

        var head = text.AsSpan(candidate.End + 1, Math.Max(0, end - candidate.End - 1));
        return head.StartsWith("Krise") || head.StartsWith("Konflikt") || head.StartsWith("Krieg") || head.StartsWith("Frage")
               || head.StartsWith("Politik") || head.StartsWith("Gipfel") || head.StartsWith("Grenze") || head.StartsWith("Osterweiterung")
               || head.StartsWith("Ausweitung") || head.StartsWith("crisis") || head.StartsWith("conflict") || head.StartsWith("war");
    }

    internal ActorId IdOf(Candidate candidate)
    {
        if (candidate.IsCoreference)
        {
            return new ActorId(candidate.NewName!);
        }

        if (candidate.Entry >= 0)
        {
            return _scanner.Dictionary.Entries[candidate.Entry].Id;
        }

        return new ActorId(_scanner.SlugOf(candidate));
    }

    private ActorRecognition Build(Document document, List<Candidate> candidates, List<(ActorId Holder, ActorId Of, string Title, int Position, Relation? Relation)> roles,
        List<GroupReference> groups, LocalDate? date)
    {
        var text = document.Text;
        var mentions = ImmutableArray.CreateBuilder<Mention>(candidates.Count);
        var names = new Dictionary<ActorId, (string Name, ActorKind Kind, SortedSet<string> Aliases, int Entry)>();
        var coreferenceKinds = new List<Candidate>();
        var texts = ScanBuffers.Current;
        foreach (var candidate in candidates)
        {
            var id = IdOf(candidate);
            var span = new TextSpan(candidate.Begin, candidate.End);
            var covered = texts.TextOf(text.AsSpan(candidate.Begin, candidate.End - candidate.Begin));
            if (!names.TryGetValue(id, out var info))
            {
                info = candidate.Entry >= 0
                    ? (_scanner.Dictionary.Entries[candidate.Entry].Name, candidate.Kind, new SortedSet<string>(StringComparer.Ordinal), candidate.Entry)
                    : (candidate.Place >= 0 ? _scanner.Gazetteer.Places[candidate.Place] : candidate.NewName!, candidate.Kind,
                        new SortedSet<string>(StringComparer.Ordinal), -1);
                if (candidate.IsCoreference)
                {
                    coreferenceKinds.Add(candidate);
                    mentions.Add(new Mention(span, covered, id, ActorKind.Person));
                    continue;
                }

                names[id] = info;
            }
            else if (candidate.Entry < 0 && candidate.NewName is { } longer && !candidate.IsCoreference
                     && candidate.Surface == SurfaceKind.Name && longer.Length > info.Name.Length)
            {
                info.Aliases.Add(info.Name);
                names[id] = info = (longer, info.Kind, info.Aliases, info.Entry);
            }

            if (candidate.IsName && candidate.Surface != SurfaceKind.Seat || candidate.Surface == SurfaceKind.Seat && !covered.Contains(' ', StringComparison.Ordinal))
            {
                info.Aliases.Add(covered.ReplaceLineEndings(" "));
            }

            mentions.Add(new Mention(span, covered, id, info.Kind));
        }

        var relations = new List<Relation>();
        var seen = new HashSet<(ActorId, RelationType, ActorId, string?)>();
        foreach (var (_, _, _, _, relation) in roles)
        {
            if (relation is not null && seen.Add((relation.Source, relation.Type, relation.Target, relation.Title)))
            {
                relations.Add(relation);
            }
        }

        // Dictionary structure for what the text names: the State Department is PART_OF the USA.
        foreach (var mention in mentions)
        {
            if (!names.TryGetValue(mention.Actor, out var info) || info.Entry < 0)
            {
                continue;
            }

            var entry = _scanner.Dictionary.Entries[info.Entry];
            if (entry.PartOf is { } parent && seen.Add((entry.Id, RelationType.PartOf, parent, null)))
            {
                relations.Add(new Relation(entry.Id, RelationType.PartOf, parent, null, date, new Evidence(document.Id, mention.Span)));
            }

            foreach (var alliance in entry.MemberOf)
            {
                if (seen.Add((entry.Id, RelationType.MemberOf, alliance, null)))
                {
                    relations.Add(new Relation(entry.Id, RelationType.MemberOf, alliance, null, date, new Evidence(document.Id, mention.Span)));
                }
            }
        }

        // Relation ends that no mention names (a dictionary role's country) are actors too.
        foreach (var relation in relations)
        {
            foreach (var end in new[] { relation.Source, relation.Target })
            {
                if (!names.ContainsKey(end) && _scanner.Dictionary.TryGet(end.Value, out var entry))
                {
                    names[end] = (entry.Name, entry.Kind, new SortedSet<string>(StringComparer.Ordinal), -1);
                }
            }
        }

        var actors = names
            .OrderBy(p => p.Key.Value, StringComparer.Ordinal)
            .Select(p => new Actor(p.Key, p.Value.Name, p.Value.Kind, [.. p.Value.Aliases.Where(a => a != p.Value.Name)]))
            .ToImmutableArray();
        relations.Sort((a, b) => a.Evidence.Span.Begin != b.Evidence.Span.Begin
            ? a.Evidence.Span.Begin.CompareTo(b.Evidence.Span.Begin)
            : string.CompareOrdinal(a.Type.ToWire() + a.Source.Value + a.Target.Value, b.Type.ToWire() + b.Source.Value + b.Target.Value));
        _ = coreferenceKinds;
        return new ActorRecognition(mentions.Count == mentions.Capacity ? mentions.MoveToImmutable() : mentions.ToImmutable(), actors, [.. relations]) { Groups = [.. groups] };
    }
}
