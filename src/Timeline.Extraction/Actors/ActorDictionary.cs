using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime.Text;
using Timeline.Core;
using Timeline.Core.Actors;

namespace Timeline.Extraction.Actors;

/// <summary>The actors Timeline knows by name: the built-in dictionary (countries derived from iso-codes plus the curated
/// <c>actors.yaml</c>) and, on top, a user's file that adds actors or corrects them (more aliases, roles, a new name).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ActorDictionary
{
    private const string ResourcePrefix = "Timeline.Extraction.Languages.";

    private static readonly Lazy<ActorDictionary> BuiltInDictionary = new(LoadBuiltIn);

    private static readonly string[] Keys =
        ["id", "name", "kind", "aliases", "adjectives", "capitals", "seats", "roles", "part_of", "member_of"];

    private readonly FrozenDictionary<string, int> _byId;

    private ActorDictionary(ImmutableArray<ActorEntry> entries, ImmutableArray<ActorEntry> userEntries)
    {
        Entries = entries;
        UserEntries = userEntries;
        _byId = entries.Select((e, i) => KeyValuePair.Create(e.Id.Value, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static ActorDictionary BuiltIn => BuiltInDictionary.Value;

    /// <summary>All entries, built-in first; an id appears once.</summary>
    public ImmutableArray<ActorEntry> Entries { get; }

    /// <summary>The entries a user file added or changed: their surface forms win over built-in ones.</summary>
    public ImmutableArray<ActorEntry> UserEntries { get; }

    public bool TryGet(string id, out ActorEntry entry)
    {
        if (_byId.TryGetValue(id, out var index))
        {
            entry = Entries[index];
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>The built-in dictionary with the user's file <paramref name="name"/> (content <paramref name="content"/>)
    /// applied on top.</summary>
    /// <exception cref="InputException">A bad entry: <c>FILE:LINE: what is wrong</c>.</exception>
    public ActorDictionary WithUserFile(string name, string content)
    {
        var root = DictionaryFileReader.Read(name, content);
        var drafts = Entries.Select(Draft.From).ToList();
        var index = drafts.Select((d, i) => KeyValuePair.Create(d.Id, i)).ToDictionary(StringComparer.Ordinal);
        var touched = new SortedSet<int>();
        Apply(name, root, drafts, index, touched, userFile: true);
        var entries = drafts.Select(d => d.Build()).ToImmutableArray();
        return new ActorDictionary(entries, [.. touched.Select(i => entries[i])]);
    }

    private static ActorDictionary LoadBuiltIn()
    {
        var drafts = new List<Draft>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in ReadResourceLines("actors-countries.tsv"))
        {
            var fields = line.Split('\t');
            var draft = new Draft(fields[0], 0) { Name = fields[3], Kind = ActorKind.Country };
            draft.Aliases.AddRange(fields[4].Split('|'));
            index[draft.Id] = drafts.Count;
            drafts.Add(draft);
        }

        const string file = "actors.yaml";
        Apply(file, DictionaryFileReader.Read(file, ReadResource(file)), drafts, index, [], userFile: false);
        foreach (var line in ReadResourceLines("actors-demonyms.tsv"))
        {
            // "Nigerian", "Nigerians", "nigerianisch", "Serben": nationality adjectives and nouns the curated file lacks.
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && index.TryGetValue(line[..tab], out var country))
            {
                drafts[country].Adjectives.Add(line[(tab + 1)..]);
            }
        }
        AddOrganizations(drafts, index);
        return new ActorDictionary([.. drafts.Select(d => d.Build())], []);
    }

    /// <summary>The organisations of <c>actors-organizations.txt</c> (<c>name|alias|...</c>) that the curated dictionary
    /// does not have yet: neither their id nor any of their names.</summary>
    private static void AddOrganizations(List<Draft> drafts, Dictionary<string, int> index)
    {
        var names = new HashSet<string>(drafts.SelectMany(d => d.Aliases.Append(d.Name ?? string.Empty)), StringComparer.Ordinal);
        foreach (var line in ReadResourceLines("actors-organizations.txt"))
        {
            var aliases = line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var id = Slug.From(aliases[0]);
            if (aliases.Length == 0 || index.ContainsKey(id) || aliases.Any(names.Contains))
            {
                continue;
            }

            var draft = new Draft(id, 0) { Name = aliases[0], Kind = ActorKind.Organization };
            draft.Aliases.AddRange(aliases.Skip(1));
            names.UnionWith(aliases);
            index[id] = drafts.Count;
            drafts.Add(draft);
        }
    }

    internal static string ReadResource(string file)
    {
        using var stream = typeof(ActorDictionary).Assembly.GetManifestResourceStream(ResourcePrefix + file)
                           ?? throw new InvalidOperationException($"missing embedded resource {file}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static IEnumerable<string> ReadResourceLines(string file) =>
        ReadResource(file).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#');

    private static void Apply(string file, DictionaryNode root, List<Draft> drafts, Dictionary<string, int> index,
        SortedSet<int> touched, bool userFile)
    {
        if (root is DictionaryMapping { Entries: var top } && top.Any(e => e.Key.Value == "actors"))
        {
            root = top.First(e => e.Key.Value == "actors").Value;
        }

        if (root is not DictionarySequence sequence)
        {
            throw Error(file, root.Line, "expected a list of actors (or a mapping with a key 'actors')");
        }

        var seenInFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var aliasOwner = new Dictionary<string, (string Id, int Line)>(StringComparer.Ordinal);
        var pending = new List<(Draft Draft, DictionaryMapping Node)>();
        foreach (var item in sequence.Items)
        {
            if (item is not DictionaryMapping mapping)
            {
                throw Error(file, item.Line, "expected an actor (a mapping with 'id', 'name', 'kind', ...)");
            }

            foreach (var (key, _) in mapping.Entries)
            {
                if (!Keys.Contains(key.Value, StringComparer.Ordinal))
                {
                    throw Error(file, key.Line, $"unknown key '{key.Value}' (expected one of {string.Join(", ", Keys)})");
                }
            }

            var idNode = Scalar(file, mapping, "id") ?? throw Error(file, mapping.Line, "actor without 'id'");
            var id = idNode.Value.Trim();
            if (!IsSlug(id))
            {
                throw Error(file, idNode.Line, $"bad id '{Shorten(id)}': use a lowercase ASCII slug such as 'antony-blinken'");
            }

            if (seenInFile.TryGetValue(id, out var firstLine))
            {
                throw Error(file, idNode.Line, $"duplicate id '{id}' (first at line {firstLine.ToString(CultureInfo.InvariantCulture)})");
            }

            seenInFile[id] = idNode.Line;
            if (!index.TryGetValue(id, out var position))
            {
                position = drafts.Count;
                index[id] = position;
                drafts.Add(new Draft(id, idNode.Line));
            }

            touched.Add(position);
            var draft = drafts[position];
            if (Scalar(file, mapping, "kind") is { } kindNode)
            {
                if (!ActorKindNames.TryParse(kindNode.Value.Trim(), out var kind))
                {
                    throw Error(file, kindNode.Line,
                        $"unknown kind '{Shorten(kindNode.Value)}' (expected person, country, organization, location or group)");
                }

                draft.Kind = kind;
            }

            if (Scalar(file, mapping, "name") is { } nameNode && nameNode.Value.Trim().Length > 0)
            {
                draft.Name = nameNode.Value.Trim();
            }

            if (draft.Kind is null)
            {
                throw Error(file, idNode.Line, $"actor '{id}' has no 'kind'");
            }

            if (draft.Name is null)
            {
                throw Error(file, idNode.Line, $"actor '{id}' has no 'name'");
            }

            foreach (var (list, key) in new[] { (draft.Aliases, "aliases"), (draft.Adjectives, "adjectives"), (draft.Capitals, "capitals"), (draft.Seats, "seats") })
            {
                foreach (var alias in Strings(file, mapping, key))
                {
                    if (userFile && aliasOwner.TryGetValue(alias.Value, out var owner) && owner.Id != id)
                    {
                        throw Error(file, alias.Line,
                            $"duplicate alias '{alias.Value}': already given to '{owner.Id}' at line {owner.Line.ToString(CultureInfo.InvariantCulture)}");
                    }

                    aliasOwner[alias.Value] = (id, alias.Line);
                    if (!list.Contains(alias.Value, StringComparer.Ordinal))
                    {
                        list.Add(alias.Value);
                    }
                }
            }

            pending.Add((draft, mapping));
        }

        // References are resolved once every actor of the file is known, so an entry may point to a later one.
        foreach (var (draft, mapping) in pending)
        {
            if (Scalar(file, mapping, "part_of") is { } partOf)
            {
                draft.PartOf = (Reference(file, partOf, index), partOf.Line);
            }

            foreach (var member in Strings(file, mapping, "member_of"))
            {
                draft.MemberOf.Add(Reference(file, member, index));
            }

            if (mapping.Entries.FirstOrDefault(e => e.Key.Value == "roles").Value is { } rolesNode)
            {
                if (rolesNode is not DictionarySequence roles)
                {
                    throw Error(file, rolesNode.Line, "'roles' must be a list of {title, of, from, to}");
                }

                foreach (var role in roles.Items)
                {
                    draft.Roles.Add(ReadRole(file, role, index));
                }
            }
        }

        foreach (var (draft, _) in pending)
        {
            CheckCycle(file, draft, drafts, index);
        }
    }

    private static RoleEntry ReadRole(string file, DictionaryNode node, Dictionary<string, int> index)
    {
        if (node is not DictionaryMapping role)
        {
            throw Error(file, node.Line, "a role must be a mapping {title, of, from, to}");
        }

        var title = Scalar(file, role, "title") ?? throw Error(file, role.Line, "role without 'title'");
        var of = Scalar(file, role, "of") ?? throw Error(file, role.Line, "role without 'of' (the country or organisation)");
        return new RoleEntry(title.Value.Trim(), new ActorId(Reference(file, of, index)), Date(file, Scalar(file, role, "from")),
            Date(file, Scalar(file, role, "to")));
    }

    private static NodaTime.LocalDate? Date(string file, DictionaryScalar? node)
    {
        if (node is null || node.Value.Length == 0)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(node.Value.Trim());
        return result.Success ? result.Value : throw Error(file, node.Line, $"bad date '{Shorten(node.Value)}' (expected YYYY-MM-DD)");
    }

    private static string Reference(string file, DictionaryScalar node, Dictionary<string, int> index)
    {
        var id = node.Value.Trim();
        return index.ContainsKey(id) ? id : throw Error(file, node.Line, $"unknown actor '{Shorten(id)}'");
    }

    private static void CheckCycle(string file, Draft start, List<Draft> drafts, Dictionary<string, int> index)
    {
        var path = new List<string> { start.Id };
        var current = start;
        while (current.PartOf is { } parent)
        {
            if (path.Contains(parent.Id, StringComparer.Ordinal))
            {
                path.Add(parent.Id);
                throw Error(file, start.PartOf!.Value.Line, $"part_of cycle: {string.Join(" -> ", path)}");
            }

            path.Add(parent.Id);
            current = drafts[index[parent.Id]];
        }
    }

    private static DictionaryScalar? Scalar(string file, DictionaryMapping mapping, string key)
    {
        var node = mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value;
        return node switch
        {
            null => null,
            DictionaryScalar scalar => scalar,
            _ => throw Error(file, node.Line, $"'{key}' must be a single value"),
        };
    }

    private static IEnumerable<DictionaryScalar> Strings(string file, DictionaryMapping mapping, string key)
    {
        var node = mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value;
        IEnumerable<DictionaryNode> items = node switch
        {
            null => [],
            DictionarySequence sequence => sequence.Items,
            DictionaryScalar scalar => [scalar],
            _ => throw Error(file, node.Line, $"'{key}' must be a list of names"),
        };
        foreach (var item in items)
        {
            if (item is not DictionaryScalar { Value: var value } scalar)
            {
                throw Error(file, item.Line, $"'{key}' must be a list of names");
            }

            var trimmed = value.Trim();
            if (trimmed.Length == 0 || trimmed.Length > 200 || trimmed.Any(char.IsControl))
            {
                throw Error(file, item.Line, $"bad name in '{key}': '{Shorten(trimmed)}'");
            }

            yield return scalar with { Value = trimmed };
        }
    }

    private static bool IsSlug(string id) =>
        id.Length is > 0 and <= 100 && id[0] is >= 'a' and <= 'z' or >= '0' and <= '9' && id[^1] != '-'
        && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && !id.Contains("--", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static InputException Error(string file, int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{file}:{Math.Max(1, line)}: {message}"));

    /// <summary>A mutable entry while files are applied.</summary>
    private sealed class Draft(string id, int line)
    {
        public string Id { get; } = id;

        public int Line { get; } = line;

        public string? Name { get; set; }

        public ActorKind? Kind { get; set; }

        public List<string> Aliases { get; } = [];

        public List<string> Adjectives { get; } = [];

        public List<string> Capitals { get; } = [];

        public List<string> Seats { get; } = [];

        public List<RoleEntry> Roles { get; } = [];

        public (string Id, int Line)? PartOf { get; set; }

        public List<string> MemberOf { get; } = [];

        public static Draft From(ActorEntry entry)
        {
            var draft = new Draft(entry.Id.Value, 0) { Name = entry.Name, Kind = entry.Kind };
            draft.Aliases.AddRange(entry.Aliases);
            draft.Adjectives.AddRange(entry.Adjectives);
            draft.Capitals.AddRange(entry.Capitals);
            draft.Seats.AddRange(entry.Seats);
            draft.Roles.AddRange(entry.Roles);
            draft.PartOf = entry.PartOf is { } p ? (p.Value, 0) : null;
            draft.MemberOf.AddRange(entry.MemberOf.Select(m => m.Value));
            return draft;
        }

        public ActorEntry Build()
        {
            var aliases = new List<string> { Name! };
            aliases.AddRange(Aliases.Where(a => !aliases.Contains(a, StringComparer.Ordinal)));
            return new ActorEntry(new ActorId(Id), Name!, Kind!.Value, [.. aliases], [.. Adjectives], [.. Capitals], [.. Seats],
                [.. Roles], PartOf is { } p ? new ActorId(p.Id) : null, [.. MemberOf.Distinct(StringComparer.Ordinal).Select(m => new ActorId(m))]);
        }
    }
}
