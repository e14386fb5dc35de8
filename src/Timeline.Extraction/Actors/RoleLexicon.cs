using System.Collections.Frozen;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

/// <summary>Role nouns and titles (German compounds by their head, English titles by word): "Außenminister",
/// "Präsidenten" (-> Präsident), "Pentagon-Sprecher", "Foreign Minister", "spokeswoman".</summary>
internal static class RoleLexicon
{
    // Heads of German compounds and English titles, lower case; a word ending in one is a role.
    private static readonly string[] Heads =
    [
        "minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "botschafter", "botschafterin",
        "kanzler", "kanzlerin", "chef", "chefin", "sekretär", "sekretärin", "beauftragte", "beauftragter", "berater",
        "beraterin", "vorsitzende", "vorsitzender", "gouverneur", "gouverneurin", "bürgermeister", "bürgermeisterin",
        "kommandeur", "direktor", "direktorin", "könig", "königin", "premier", "kollege", "kollegin", "senator",
        "senatorin", "diplomat", "diplomatin", "gesandte", "gesandter", "generalstabschef", "oberbefehlshaber",
        "president", "spokesman", "spokeswoman", "spokesperson", "ambassador", "secretary", "chancellor", "envoy",
        "counterpart", "governor", "mayor", "senator", "leader", "chief", "general", "trainer", "trainerin", "coach",
        "abgeordnete", "abgeordneter", "sänger", "sängerin", "autor", "autorin", "schauspieler", "schauspielerin",
        "regisseur", "regisseurin", "professor", "professorin", "manager", "managerin", "unternehmer", "kapitän",
        "stürmer", "torwart", "spieler", "spielerin", "papst", "kardinal", "bischof", "pfarrer", "richter", "richterin",
        "anwalt", "anwältin", "staatsanwalt", "kommissar", "kommissarin", "vizekanzler", "fraktionschef", "parteichef",
        "maler", "malerin", "komponist", "komponistin", "architekt", "architektin", "dichter", "dichterin",
        "schriftsteller", "schriftstellerin", "musiker", "musikerin", "gitarrist", "gitarristin", "pianist", "pianistin",
        "dirigent", "dirigentin", "verteidiger", "torhüter", "boxer", "rennfahrer", "läufer", "läuferin", "weltmeister",
        "weltmeisterin", "olympiasieger", "olympiasiegerin", "prinz", "prinzessin", "herzogin", "fürstin",
        "bruder", "schwester", "tochter", "ehefrau", "ehemann", "witwe", "gattin", "landrat", "landrätin",
        "pastor", "pastorin", "rabbiner", "philosoph", "philosophin", "historiker", "historikerin", "wissenschaftler",
        "wissenschaftlerin", "forscher", "forscherin", "journalist", "journalistin", "moderator", "moderatorin",
        "geschäftsführer", "geschäftsführerin", "gründer", "gründerin", "erfinder", "intendant", "intendantin",
        "rektor", "rektorin", "künstler", "künstlerin", "designer", "designerin", "fotograf", "fotografin",
        "schauspielerkollege", "sprinter", "sprinterin", "mittelfeldspieler", "nationalspieler",
    ];

    // Roles that are political offices: only these make HOLDS_ROLE relations.
    private static readonly string[] PoliticalHeads =
    [
        "minister", "präsident", "sprecher", "botschafter", "kanzler", "chef", "sekretär", "beauftragte", "berater",
        "vorsitzende", "gouverneur", "bürgermeister", "kommandeur", "direktor", "könig", "premier", "senator",
        "diplomat", "gesandte", "generalstabschef", "oberbefehlshaber", "president", "spokes", "ambassador",
        "secretary", "chancellor", "envoy", "governor", "mayor", "leader", "chief", "general", "kommissar", "papst",
    ];

    // English words that extend a title to the left ("Prime Minister", "Foreign Secretary").
    private static readonly WordSet Modifiers = new(new[]
    {
        "Prime", "Foreign", "Defense", "Defence", "Vice", "Deputy", "Interior", "Finance", "Press", "Home", "State",
        "Justice", "Economy", "Trade", "Health", "Energy", "First", "Chief", "Supreme", "Acting", "Former", "Crown",
    });

    private static readonly string[] CaseEndings = ["", "s", "n", "en", "es"];

    // Heads by their last three letters: a word is compared only with the heads it could end with.
    private static readonly FrozenDictionary<string, string[]> HeadsByTail = Heads
        .GroupBy(h => h[^3..], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> HeadsByTailLookup =
        HeadsByTail.GetAlternateLookup<ReadOnlySpan<char>>();

    // The same tails as a set: most words end in no head's tail and are turned away without the dictionary.
    private static readonly WordSet Tails = new(HeadsByTail.Keys);

    // The last five letters (all four of "chef") of every head with every case ending: a word ending in none of them
    // is no role, and is turned away by one or two lookups before the whole word is copied to lower case (most
    // capitalised words are asked, one in twenty passes).
    private const int EndingLength = 5;

    private static readonly WordSet RoleEndings = new(EndingsOfHeads());

    private static List<string> EndingsOfHeads()
    {
        var endings = new List<string>();
        foreach (var head in Heads)
        {
            if (head.Length < EndingLength - 1)
            {
                throw new InvalidOperationException($"The role head '{head}' is shorter than the endings filter allows.");
            }

            foreach (var ending in CaseEndings)
            {
                var form = string.Concat(head, ending);
                endings.Add(form[^Math.Min(EndingLength, form.Length)..]);
            }
        }

        return endings;
    }

    /// <summary>Whether <paramref name="word"/> may end in a head and a case ending (false only when it cannot).</summary>
    private static bool MayEndInRole(ReadOnlySpan<char> word)
    {
        var last = word[^Math.Min(EndingLength, word.Length)..];
        foreach (var c in last)
        {
            if (c >= 256)
            {
                return true; // outside Latin-1 lower case may not map character by character: left to the full check
            }
        }

        // Latin-1 maps character by character, so these are the last letters of the lower-case word; every head is
        // four or more letters long, so a role's last five letters, or its last four, are in the set.
        Span<char> tail = stackalloc char[EndingLength];
        tail = tail[..last.Length];
        InvariantCase.ToLower(last, tail);
        return RoleEndings.Contains(tail) || tail.Length == EndingLength && RoleEndings.Contains(tail[1..]);
    }

    /// <summary>Whether <paramref name="word"/> is a role noun; <paramref name="title"/> is its base form.</summary>
    public static bool TryRole(ReadOnlySpan<char> word, out string title, out bool political)
    {
        if (!Match(word, out var titleLength, out political))
        {
            title = string.Empty;
            return false;
        }

        title = ScanBuffers.Current.TextOf(word[..titleLength]);
        return true;
    }

    /// <summary>Whether <paramref name="word"/> is a role noun (as <see cref="TryRole"/>, without building the title).</summary>
    public static bool IsRole(ReadOnlySpan<char> word) => Match(word, out _, out _);

    private static bool Match(ReadOnlySpan<char> word, out int titleLength, out bool political)
    {
        titleLength = 0;
        political = false;
        if (word.Length < 3 || word.Length > 60)
        {
            return false;
        }

        if (!MayEndInRole(word))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        InvariantCase.ToLower(word, lower);
        foreach (var ending in CaseEndings)
        {
            if (lower.Length <= ending.Length || !lower.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = lower[..^ending.Length];
            if (stem.Length < 3 || !Tails.Contains(stem[^3..]) || !HeadsByTailLookup.TryGetValue(stem[^3..], out var heads))
            {
                continue;
            }

            foreach (var head in heads)
            {
                if (stem.EndsWith(head, StringComparison.Ordinal))
                {
                    titleLength = word.Length - ending.Length;
                    foreach (var p in PoliticalHeads)
                    {
                        if (stem.Contains(p, StringComparison.Ordinal))
                        {
                            political = true;
                            break;
                        }
                    }

                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsColleague(string title) =>
        title.Equals("counterpart", StringComparison.OrdinalIgnoreCase) || title.EndsWith("kollege", StringComparison.OrdinalIgnoreCase)
        || title.EndsWith("kollegin", StringComparison.OrdinalIgnoreCase);

    public static bool IsModifier(ReadOnlySpan<char> word) => Modifiers.Contains(word);

    /// <summary>A modifier of an English title, capitalised or not ("prime" of "the prime minister").</summary>
    public static bool IsModifierInAnyCase(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 16)
        {
            return false;
        }

        var first = word[0];
        var upper = char.IsAsciiLetterLower(first) ? (char)(first - ('a' - 'A')) : char.IsAscii(first) ? first : char.ToUpperInvariant(first);
        if (upper == first)
        {
            return Modifiers.Contains(word);
        }

        Span<char> capitalised = stackalloc char[word.Length];
        word.CopyTo(capitalised);
        capitalised[0] = upper;
        return Modifiers.Contains(capitalised);
    }

    // English offices that refer to their holder in lower case after "the": "the president said", "the prime minister".
    private static readonly WordSet LowerCaseOffices = new(new[]
    {
        "president", "minister", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson", "ambassador",
        "governor", "mayor",
    });

    /// <summary>Whether the lower-case text of <paramref name="token"/> names an office whose holder "the WORD" refers to.</summary>
    public static bool IsLowerCaseOffice(string text, Token token) => LowerCaseOffices.Contains(text, token);
}
