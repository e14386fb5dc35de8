using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

/// <summary>The common German words (wngerman and English words of wamerican, shipped front-coded in
/// <c>actors-common-words.txt</c>): a capitalised word that is none of them, no compound ending in one of them and no
/// noun by its ending is a name candidate ("Berlusconi", "Kolb"), since German capitalises every noun.</summary>
/// <remarks>Immutable and thread-safe; the words are kept as 64-bit FNV-1a hashes in an open-addressing table, so a
/// lookup hashes a span and allocates nothing.</remarks>
internal sealed class CommonWords
{
    private const int MaxWordLength = 64;

    private static readonly Lazy<CommonWords> Shared = new(() => new CommonWords(ActorDictionary.ReadResource("actors-common-words.txt")));

    private static readonly string[] NounSuffixes =
    [
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "ismus", "nis",
        "nisse", "tät", "täten", "ment", "ments", "chen", "lein", "ling", "linge", "ologie", "ografie", "graphie",
    ];

    // Inflection endings tried when a word is not in the list as written ("Abschnitte" -> "Abschnitt").
    private static readonly string[] Endings = ["e", "en", "n", "s", "es", "er", "ern", "nen"];

    // Answers of IsCommon and IsListed per word, kept per thread: the answers need up to thirty probes of tables far
    // larger than the processor's cache, while news repeat their words. An entry is the word's 64-bit hash with its
    // low eight bits replaced by the facts (1 IsCommon known, 2 IsCommon, 4 IsListed known, 8 IsListed); the slot
    // depends on those eight bits, so an entry still stands for one hash. 64 K entries (512 KB per thread): a thousand
    // German articles ask about 33,000 distinct capitalised words, which thrashed 16 K.
    private const int MemoSize = 1 << 16;
    private const ulong FactBits = 0xFF;

    [ThreadStatic]
    private static ulong[]? _memo;

    private readonly ulong[] _table;
    private readonly int _mask;

    // One bit per (high hash bits mod size), small enough for the processor's cache: most words that are not in the list
    // (names, inflected forms tried by ending) are turned away before the table itself is touched.
    private readonly ulong[] _filter;
    private readonly int _filterMask;

    private CommonWords(string content)
    {
        var words = new List<ulong>(400_000);
        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        foreach (var raw in content.AsSpan().EnumerateLines())
        {
            if (raw.IsEmpty || raw[0] == '#')
            {
                continue;
            }

            var digits = 0;
            while (digits < raw.Length && char.IsAsciiDigit(raw[digits]))
            {
                digits++;
            }

            var shared = Math.Min(int.Parse(raw[..digits], provider: System.Globalization.CultureInfo.InvariantCulture), length);
            var rest = raw[digits..];
            length = Math.Min(MaxWordLength, shared + rest.Length);
            rest[..(length - shared)].CopyTo(word[shared..]);
            words.Add(Hash(word[..length]));
        }

        var capacity = 1;
        while (capacity < words.Count * 2)
        {
            capacity <<= 1;
        }

        _table = new ulong[capacity];
        _mask = capacity - 1;
        _filter = new ulong[Math.Max(1, capacity / 32)];
        _filterMask = _filter.Length * 64 - 1;
        foreach (var hash in words)
        {
            var bit = (int)(hash >> 32) & _filterMask;
            _filter[bit >> 6] |= 1UL << bit;
            var slot = (int)(hash & (ulong)_mask);
            while (_table[slot] != 0 && _table[slot] != hash)
            {
                slot = (slot + 1) & _mask;
            }

            _table[slot] = hash;
        }

        Count = words.Count;
    }

    public static CommonWords Instance => Shared.Value;

    public int Count { get; }

    /// <summary>Whether <paramref name="word"/> is a common word as written.</summary>
    public bool Contains(ReadOnlySpan<char> word) => ContainsHash(Hash(word));

    /// <summary>Whether the word of 64-bit FNV-1a hash <paramref name="hash"/> (not yet mapped from 0) is listed.</summary>
    private bool ContainsHash(ulong hash)
    {
        hash = hash == 0 ? 1 : hash;
        var bit = (int)(hash >> 32) & _filterMask;
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return false;
        }

        var slot = (int)(hash & (ulong)_mask);
        while (true)
        {
            var stored = _table[slot];
            if (stored == hash)
            {
                return true;
            }

            if (stored == 0)
            {
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Whether <paramref name="word"/> is in the list as written or inflected, or in lower case: not judged by
    /// its parts ("Wachtelmann" is not, "Farbe" is).</summary>
    public bool IsListed(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return false;
        }

        ref var facts = ref Memo(Hash(word));
        if ((facts & 4) == 0)
        {
            facts |= ListedUncached(word) ? 12UL : 4UL;
        }

        return (facts & 8) != 0;
    }

    private bool ListedUncached(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength || ContainsInflected(word))
        {
            return word.Length <= MaxWordLength;
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.CopyTo(buffer);
        buffer[0] = InvariantCase.ToLower(buffer[0]);
        return ContainsInflected(buffer);
    }

    /// <summary>Whether the capitalised <paramref name="word"/> is a common word: as written, in lower case (an adjective
    /// or verb at the start of a sentence), a compound whose last part of four or more letters is a common noun
    /// (<c>Konsolidierungskurs</c>), or a noun by its ending (<c>Panzerung</c>).</summary>
    public bool IsCommon(ReadOnlySpan<char> word) => IsCommon(word, Hash(word));

    /// <summary>As <see cref="IsCommon(ReadOnlySpan{char})"/>, with the word's 64-bit FNV-1a hash (a token's) given.</summary>
    public bool IsCommon(ReadOnlySpan<char> word, ulong hash)
    {
        if (word.Length > MaxWordLength)
        {
            return true;
        }

        ref var facts = ref Memo(hash == 0 ? 1 : hash);
        if ((facts & 1) == 0)
        {
            facts |= CommonUncached(word) ? 3UL : 1UL;
        }

        return (facts & 2) != 0;
    }

    /// <summary>The memo's entry of the word of hash <paramref name="hash"/> on this thread (facts in its low bits),
    /// emptied when the slot held another word.</summary>
    private static ref ulong Memo(ulong hash)
    {
        var memo = _memo ??= new ulong[MemoSize];
        var slot = (int)(hash ^ (hash >> 32)) & (MemoSize - 1);
        ref var entry = ref memo[slot];
        if ((entry & ~FactBits) != (hash & ~FactBits))
        {
            entry = hash & ~FactBits;
        }

        return ref entry;
    }

    private bool CommonUncached(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength || ContainsInflected(word))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.CopyTo(buffer);
        buffer[0] = InvariantCase.ToLower(buffer[0]);
        if (ContainsInflected(buffer))
        {
            return true;
        }

        if (word.Contains("ss", StringComparison.Ordinal) && word.Length <= MaxWordLength)
        {
            // Swiss spelling: "Grösse", "Spass".
            Span<char> sharp = stackalloc char[word.Length];
            var at = word.IndexOf("ss", StringComparison.Ordinal);
            word[..at].CopyTo(sharp);
            sharp[at] = 'ß';
            word[(at + 2)..].CopyTo(sharp[(at + 1)..]);
            if (ContainsInflected(sharp[..(word.Length - 1)]))
            {
                return true;
            }
        }

        if (word.Length >= 7)
        {
            foreach (var suffix in NounSuffixes)
            {
                if (word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        for (var k = 3; k + 4 <= word.Length; k++)
        {
            if (!char.IsLower(word[k]))
            {
                continue;
            }

            var tail = buffer[k..];
            tail[0] = InvariantCase.ToUpper(word[k]);
            var hit = ContainsInflected(tail);
            tail[0] = word[k];
            if (hit)
            {
                return true;
            }
        }

        return false;
    }

    private bool ContainsInflected(ReadOnlySpan<char> word)
    {
        // One pass of the hash gives the word's and its stems' hashes (the endings are one to three letters long).
        var hash = 14695981039346656037UL;
        ulong less1 = 0, less2 = 0, less3 = 0;
        for (var i = 0; i < word.Length; i++)
        {
            less3 = less2;
            less2 = less1;
            less1 = hash;
            hash = (hash ^ word[i]) * 1099511628211UL;
        }

        if (ContainsHash(hash))
        {
            return true;
        }

        foreach (var ending in Endings)
        {
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal)
                && ContainsHash(ending.Length switch { 1 => less1, 2 => less2, _ => less3 }))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The 64-bit FNV-1a hash of the phrase table and the tokens (<see cref="PhraseTable.Extend"/>), so that a
    /// token's hash finds its memo entry; never 0 (the empty slot).</summary>
    private static ulong Hash(ReadOnlySpan<char> word) => PhraseTable.Extend(PhraseTable.Start, word) is var hash and not 0 ? hash : 1;
}
