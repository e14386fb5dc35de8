using System.Globalization;

namespace Timeline.Extraction.Actors;

/// <summary>Whether two titles name the same office, in German or English: "Außenministerin" and "US-Außenminister",
/// "Premierminister", "Ministerpräsident" and "prime minister", "President" and "der Präsident"; a deputy, vice or
/// former office is another one ("Vizepräsident", "Vice President", "Ex-Kanzler").</summary>
internal static class Office
{
    // English titles as their German office, longest first; a title ends with one of them.
    private static readonly (string English, string German)[] EnglishOffices =
    [
        ("secretary of state", "außenminister"), ("secretary-general", "generalsekretär"), ("secretary general", "generalsekretär"),
        ("foreign secretary", "außenminister"), ("foreign minister", "außenminister"), ("defense secretary", "verteidigungsminister"),
        ("defence secretary", "verteidigungsminister"), ("defense minister", "verteidigungsminister"),
        ("defence minister", "verteidigungsminister"), ("prime minister", "premierminister"), ("spokeswoman", "sprecher"),
        ("spokesperson", "sprecher"), ("spokesman", "sprecher"), ("president", "präsident"), ("chancellor", "kanzler"),
        ("ambassador", "botschafter"), ("minister", "minister"), ("premier", "premierminister"), ("mayor", "bürgermeister"),
    ];

    // Words before an office that make it another office.
    private static readonly string[] OtherOffice = ["vize", "vice", "deputy", "stellvertretend", "ex", "former", "minister", "unter", "under", "assistant"];

    /// <summary>Whether <paramref name="holder"/>, a title a person was named with, and <paramref name="phrase"/>, the
    /// title of a role phrase, are the same office: equal, or one ends with the other and what comes before is no
    /// deputy's or former office's word.</summary>
    public static bool Same(string holder, string phrase) => SameNormal(Normal(holder), Normal(phrase));

    /// <summary><see cref="Same"/> of two titles already in their <see cref="Normal"/> form.</summary>
    internal static bool SameNormal(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (x == y)
        {
            return true;
        }

        var (longer, shorter) = x.Length >= y.Length ? (x, y) : (y, x);
        if (!longer.EndsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        var before = longer[..^shorter.Length];
        foreach (var word in OtherOffice)
        {
            if (before.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The title in lower case, English offices in German, without spaces, hyphens and a feminine -in:
    /// "US-Außenministerin" -> "usaußenminister", "British Prime Minister" -> "britishpremierminister".</summary>
    internal static string Normal(string title)
    {
        var s = title.Trim().ToLower(CultureInfo.InvariantCulture);
        foreach (var (english, german) in EnglishOffices)
        {
            if (s.EndsWith(english, StringComparison.Ordinal) && (s.Length == english.Length || s[^(english.Length + 1)] is ' ' or '-'))
            {
                s = string.Concat(s.AsSpan(0, s.Length - english.Length), german);
                break;
            }
        }

        s = s.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        s = s.Length > 6 && s.EndsWith("in", StringComparison.Ordinal) ? s[..^2] : s;
        return s.EndsWith("ministerpräsident", StringComparison.Ordinal)
            ? string.Concat(s.AsSpan(0, s.Length - "ministerpräsident".Length), "premierminister")
            : s;
    }
}
