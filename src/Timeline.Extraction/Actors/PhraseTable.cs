namespace Timeline.Extraction.Actors;

/// <summary>The gazetteer's phrases (token texts joined by single spaces) and every token-prefix of them, in one
/// open-addressing table of 64-bit FNV-1a hashes. A phrase is matched token by token with one running hash, and the
/// scan stops at the first prefix that starts no phrase, which for most words is the first one.</summary>
/// <remarks>Immutable after construction and thread-safe. A hash collision never changes a result: a phrase is
/// confirmed by comparing its text, and a prefix only decides whether looking further is worth it.</remarks>
internal sealed class PhraseTable
{
    private const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private readonly ulong[] _hashes;
    private readonly int[] _phrase; // index into _keys, or -1 for a prefix that is no phrase itself
    private readonly int _mask;
    private readonly string[] _keys;

    // One bit per (high hash bits mod size): most words that start no phrase are turned away here, in a bit array small
    // enough for the processor's cache, before the table itself is touched.
    private readonly ulong[] _filter;
    private readonly int _filterMask;
    private readonly Surface[] _surfaces;

    // Answers of Starts by hash, shared by all threads: one 64-bit word each (written whole, so a reader sees an old or
    // a new answer, never half of one), the hash's bits 2..63 with the answer in bits 0..1; the slot holds bits 0..1 of
    // the hash, so an entry stands for exactly one hash. Frequent words ("der", "the") are answered here, in the
    // processor's cache, instead of in the filter and the table.
    private const int MemoMask = (1 << 12) - 1;
    private readonly ulong[] _memo = new ulong[MemoMask + 1];

    public PhraseTable(IReadOnlyDictionary<string, Surface> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _keys = new string[phrases.Count];
        _surfaces = new Surface[phrases.Count];
        var prefixes = 0;
        foreach (var key in phrases.Keys)
        {
            prefixes += key.AsSpan().Count(' ');
        }

        var capacity = 1;
        while (capacity < (phrases.Count + prefixes) * 2)
        {
            capacity <<= 1;
        }

        _hashes = new ulong[capacity];
        _phrase = new int[capacity];
        _mask = capacity - 1;
        _filter = new ulong[Math.Max(1, capacity / 32)];
        _filterMask = _filter.Length * 64 - 1;
        var index = 0;
        foreach (var (key, surface) in phrases)
        {
            _keys[index] = key;
            _surfaces[index] = surface;
            var hash = Seed;
            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] == ' ')
                {
                    InsertPrefix(Final(hash));
                }

                hash = Step(hash, key[i]);
            }

            InsertPhrase(Final(hash), index);
            index++;
        }
    }

    /// <summary>The running hash of nothing.</summary>
    public static ulong Start => Seed;

    /// <summary>The running hash <paramref name="hash"/> extended by <paramref name="text"/>.</summary>
    public static ulong Extend(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    /// <summary>The running hash <paramref name="hash"/> extended by one character.</summary>
    public static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Whether some phrase is or starts with the text of running hash <paramref name="hash"/>; when it is a
    /// phrase itself, <paramref name="isPhrase"/> says so (to be confirmed with <see cref="TryGet(ReadOnlySpan{char}, ulong, out Surface)"/>).</summary>
    public bool Starts(ulong hash, out bool isPhrase)
    {
        var h = Final(hash);
        var slot = (int)h & MemoMask;
        var entry = _memo[slot];
        if (entry != 0 && (entry & ~3UL) == (h & ~3UL))
        {
            isPhrase = (entry & 2) != 0;
            return (entry & 1) != 0;
        }

        var found = StartsUncached(h, out isPhrase);
        _memo[slot] = (h & ~3UL) | (found ? 1UL : 0) | (isPhrase ? 2UL : 0);
        return found;
    }

    private bool StartsUncached(ulong h, out bool isPhrase)
    {
        isPhrase = false;
        var bit = (int)(h >> 32) & _filterMask;
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return false;
        }

        var found = false;
        for (var slot = (int)(h & (ulong)_mask); _hashes[slot] != 0; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == h)
            {
                found = true;
                isPhrase |= _phrase[slot] >= 0;
            }
        }

        return found;
    }

    /// <summary>The surface of the phrase <paramref name="key"/>, whose running hash is <paramref name="hash"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> key, ulong hash, out Surface surface)
    {
        var h = Final(hash);
        for (var slot = (int)(h & (ulong)_mask); _hashes[slot] != 0; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == h && _phrase[slot] >= 0 && key.SequenceEqual(_keys[_phrase[slot]]))
            {
                surface = _surfaces[_phrase[slot]];
                return true;
            }
        }

        surface = default;
        return false;
    }

    /// <summary>The surface of the phrase <paramref name="key"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> key, out Surface surface) => TryGet(key, Extend(Seed, key), out surface);

    private void Mark(ulong h)
    {
        var bit = (int)(h >> 32) & _filterMask;
        _filter[bit >> 6] |= 1UL << bit;
    }

    private static ulong Final(ulong hash) => hash == 0 ? 1 : hash;

    private void InsertPrefix(ulong h)
    {
        Mark(h);
        var slot = (int)(h & (ulong)_mask);
        while (_hashes[slot] != 0)
        {
            if (_hashes[slot] == h)
            {
                return; // a phrase or prefix of the same hash already answers Starts
            }

            slot = (slot + 1) & _mask;
        }

        _hashes[slot] = h;
        _phrase[slot] = -1;
    }

    private void InsertPhrase(ulong h, int index)
    {
        Mark(h);
        var slot = (int)(h & (ulong)_mask);
        while (_hashes[slot] != 0)
        {
            if (_hashes[slot] == h && _phrase[slot] < 0)
            {
                _phrase[slot] = index; // the prefix entry becomes the phrase
                return;
            }

            slot = (slot + 1) & _mask;
        }

        _hashes[slot] = h;
        _phrase[slot] = index;
    }
}
