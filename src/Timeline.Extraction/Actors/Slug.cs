using System.Globalization;
using System.Text;

namespace Timeline.Extraction.Actors;

/// <summary>Makes actor ids: lowercase ASCII slugs. Latin diacritics are folded (<c>Erdoğan</c> -> <c>erdogan</c>,
/// <c>ß</c> -> <c>ss</c>), Cyrillic is transliterated (German-style dpa rules are not attempted; a plain scientific
/// mapping keeps ids stable), other scripts become <c>u</c> plus the hex code point, so every name has an id.</summary>
internal static class Slug
{
    private static readonly string[] Cyrillic =
    [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
        "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ];

    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        var dash = false;
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            var part = Fold(c);
            if (part.Length == 0)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                dash = builder.Length > 0;
                continue;
            }

            if (dash)
            {
                builder.Append('-');
                dash = false;
            }

            builder.Append(part);
            if (builder.Length > 80)
            {
                break;
            }
        }

        return builder.Length == 0 ? "unnamed" : builder.ToString();
    }

    private static string Fold(char c)
    {
        switch (c)
        {
            case >= 'a' and <= 'z' or >= '0' and <= '9':
                return c.ToString();
            case >= 'A' and <= 'Z':
                return char.ToLowerInvariant(c).ToString();
            case 'ß':
                return "ss";
            case 'æ' or 'Æ':
                return "ae";
            case 'ø' or 'Ø':
                return "o";
            case 'ł' or 'Ł':
                return "l";
            case 'đ' or 'Đ':
                return "d";
            case 'ı':
                return "i";
            case >= 'а' and <= 'я':
                return Cyrillic[c - 'а'];
            case >= 'А' and <= 'Я':
                return Cyrillic[c - 'А'];
            case 'ё' or 'Ё' or 'є' or 'Є':
                return "e";
            case 'і' or 'І' or 'ї' or 'Ї':
                return "i";
            case 'ґ' or 'Ґ':
                return "g";
            default:
                return char.IsLetter(c)
                    ? "u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)
                    : string.Empty;
        }
    }
}
