namespace Timeline.Core.Documents;

/// <summary>The languages Timeline extracts from.</summary>
public enum Language
{
    German,
    English,
}

/// <summary>Maps <see cref="Language"/> to and from its ISO 639-1 wire code (<c>de</c>, <c>en</c>).</summary>
public static class LanguageCodes
{
    public static string ToCode(this Language language) => language switch
    {
        Language.German => "de",
        Language.English => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "de" or "deu" or "ger" or "german" or "de-de" or "de-at" or "de-ch":
                language = Language.German;
                return true;
            case "en" or "eng" or "english" or "en-us" or "en-gb":
                language = Language.English;
                return true;
            default:
                language = default;
                return false;
        }
    }
}
