namespace Timeline.Extraction.Text;

/// <summary>Invariant case mapping without the ICU call for the common case: characters of the Latin-1 range (ASCII,
/// German umlauts, French accents) are mapped by tables built from <see cref="char.ToLowerInvariant(char)"/> and
/// <see cref="char.ToUpperInvariant(char)"/>; anything else goes to the framework. Same results, a fraction of the time.</summary>
internal static class InvariantCase
{
    private static readonly char[] Lower = BuildTable(char.ToLowerInvariant);
    private static readonly char[] Upper = BuildTable(char.ToUpperInvariant);

    /// <summary>As <see cref="char.ToLowerInvariant(char)"/>.</summary>
    public static char ToLower(char c) => c < Lower.Length ? Lower[c] : char.ToLowerInvariant(c);

    /// <summary>As <see cref="char.ToUpperInvariant(char)"/>.</summary>
    public static char ToUpper(char c) => c < Upper.Length ? Upper[c] : char.ToUpperInvariant(c);

    /// <summary>Writes <paramref name="source"/> in lower case to <paramref name="destination"/> (at least as long), as
    /// <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/>.</summary>
    public static void ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        var table = Lower;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= table.Length)
            {
                source.ToLowerInvariant(destination);
                return;
            }

            destination[i] = table[c];
        }
    }

    /// <summary>The lower-case form of <paramref name="source"/> as a string, as <see cref="string.ToLowerInvariant"/>.</summary>
    public static string ToLower(ReadOnlySpan<char> source)
    {
        var table = Lower;
        foreach (var c in source)
        {
            if (c >= table.Length)
            {
                return source.ToString().ToLowerInvariant();
            }
        }

        return string.Create(source.Length, source, static (destination, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                destination[i] = Lower[s[i]];
            }
        });
    }

    private static char[] BuildTable(Func<char, char> map)
    {
        var table = new char[256];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = map((char)c);
        }

        return table;
    }
}
