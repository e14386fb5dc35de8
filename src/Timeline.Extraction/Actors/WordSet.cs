namespace Timeline.Extraction.Actors;

/// <summary>A fixed set of words asked with spans of the text: open addressing over 32-bit FNV-1a hashes, the hash
/// compared before the word. It replaces <c>FrozenSet&lt;string&gt;</c> alternate lookups on the per-token paths,
/// whose generic virtual dispatch and casts cost more than the lookup itself.</summary>
/// <remarks>Immutable after construction and thread-safe; ordinal (case-sensitive) comparison.</remarks>
internal sealed class WordSet
{
    private readonly int[] _hashes;
    private readonly string[] _words;
    private readonly int _mask;

    // One bit per word length (63 for 63 and longer) and one per first character (its low six bits): most words asked
    // of a small set are turned away by these two masks before they are hashed.
    private readonly ulong _lengths;
    private readonly ulong _firsts;

    public WordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var distinct = new HashSet<string>(words, StringComparer.Ordinal);
        Count = distinct.Count;

        // A quarter full (half for large lists): a word that is absent, the common case, is turned away after one or
        // two probes that compare only hashes.
        var size = 16;
        while (size < Count * (Count < 4096 ? 4 : 2))
        {
            size *= 2;
        }

        _hashes = new int[size];
        _words = new string[size];
        _mask = size - 1;
        foreach (var word in distinct)
        {
            var hash = Hash(word);
            var slot = (int)(hash >> 1) & _mask;
            while (_hashes[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = (int)hash | 1;
            _words[slot] = word;
            _lengths |= LengthBit(word.Length);
            _firsts |= word.Length == 0 ? 0 : 1UL << word[0];
        }
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((_lengths & LengthBit(word.Length)) == 0 || (word.Length != 0 && (_firsts & (1UL << word[0])) == 0))
        {
            return false;
        }

        var hash = Hash(word);
        var marker = (int)hash | 1;
        var hashes = _hashes;
        var slot = (int)(hash >> 1) & _mask;
        while (hashes[slot] is var stored && stored != 0)
        {
            if (stored == marker && word.SequenceEqual(_words[slot]))
            {
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>FNV-1a over the UTF-16 code units; the slot comes from its upper 31 bits, the stored marker is the hash
    /// with its lowest bit set (never 0, which marks an empty slot).</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
