using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Time;

/// <summary>Word lists of one language for the temporal tagger, read from the embedded
/// <c>Languages/&lt;Lang&gt;/time-lexicon.tsv</c> (category, form, value per line).</summary>
/// <remarks>Immutable and thread-safe. Forms are matched case-insensitively.</remarks>
internal sealed class TimeLexicon
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _categories;

    private TimeLexicon(FrozenDictionary<string, FrozenDictionary<string, string>> categories) => _categories = categories;

    public static TimeLexicon Load(Language language, string fileName)
    {
        var folder = language == Language.German ? "De" : "En";
        var suffix = $".Languages.{folder}.{fileName}";
        var assembly = typeof(TimeLexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded lexicon '{suffix}' is missing.");
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded lexicon '{resource}' cannot be read.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), resource);
    }

    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per lexicon: a quick JIT beats fast code
    public static TimeLexicon Parse(string content, string source)
    {
        var categories = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new FormatException($"{source}:{lineNumber}: expected 'category<TAB>form<TAB>value'.");
            }

            if (!categories.TryGetValue(parts[0], out var forms))
            {
                forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                categories.Add(parts[0], forms);
            }

            forms[parts[1]] = parts[2];
        }

        return new TimeLexicon(categories.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal));
    }

    public bool TryGet(string category, string form, out string value)
    {
        if (_categories.TryGetValue(category, out var forms) && forms.TryGetValue(form, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }

    public bool TryGet(string category, ReadOnlySpan<char> form, out string value)
    {
        if (_categories.TryGetValue(category, out var forms)
            && forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }

    public string Get(string category, string form) =>
        TryGet(category, NormalizeSpace(form), out var value) ? value : throw new KeyNotFoundException($"'{form}' is not in lexicon category '{category}'.");

    /// <summary>A regex alternation of every form of the given categories, longest first, with spaces as <c>\s+</c>.</summary>
    [MethodImpl(MethodImplOptions.NoOptimization)] // used only while a grammar is built
    public string Alternation(params string[] categories)
    {
        var forms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            if (!_categories.TryGetValue(category, out var entries))
            {
                throw new KeyNotFoundException($"Lexicon category '{category}' is missing.");
            }

            forms.UnionWith(entries.Keys);
        }

        var ordered = forms.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal);
        return "(?:" + string.Join('|', ordered.Select(f => System.Text.RegularExpressions.Regex.Escape(f).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + ")";
    }

    /// <summary>The forms of <paramref name="category"/>.</summary>
    public IEnumerable<string> Forms(string category) => _categories[category].Keys;

    /// <summary>The forms of <paramref name="category"/>, none if the lexicon lacks it.</summary>
    public IEnumerable<string> FormsIfAny(string category) => _categories.TryGetValue(category, out var forms) ? forms.Keys : [];

    /// <summary>The last words of the forms of <paramref name="category"/>.</summary>
    public IEnumerable<string> LastWords(string category) =>
        _categories[category].Keys.Select(f => f[(f.LastIndexOf(' ') + 1)..]).Select(w => new string(w.TakeWhile(char.IsLetter).ToArray())).Where(w => w.Length > 0);

    /// <summary>A regex alternation of the last word of every form of <paramref name="category"/>.</summary>
    [MethodImpl(MethodImplOptions.NoOptimization)] // used only while a grammar is built
    public string LastWordAlternation(string category)
    {
        var words = _categories[category].Keys
            .Select(f => f[(f.LastIndexOf(' ') + 1)..])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(f => f.Length)
            .ThenBy(f => f, StringComparer.Ordinal);
        return "(?:" + string.Join('|', words.Select(System.Text.RegularExpressions.Regex.Escape)) + ")";
    }

    /// <summary>Collapses runs of whitespace to one space so that multi-word forms can be looked up.</summary>
    public static string NormalizeSpace(string form)
    {
        if (!form.Any(char.IsWhiteSpace))
        {
            return form;
        }

        var builder = new StringBuilder(form.Length);
        var space = false;
        foreach (var c in form)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
