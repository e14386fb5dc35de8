namespace Timeline.Extraction.Actors;

/// <summary>A fixed set of words asked with spans of the text or with tokens: open addressing over 32-bit hashes (the
/// 64-bit FNV-1a hash a <see cref="Token"/> carries, folded), the hash compared before the word. It replaces <c>FrozenSet&lt;string&gt;</c> alternate lookups on the per-token paths,
/// whose generic virtual dispatch and casts cost more than the lookup itself.</summary>
/// <remarks>Immutable after construction and thread-safe; ordinal (case-sensitive) comparison.</remarks>
internal sealed class WordSet
{
    private readonly int[] _hashes;
    private readonly string[] _words;
    private readonly int _mask;
    private readonly byte[]? _kinds;

    // For large sets (the name lists, 80,000 words): one bit per word's hash, eight bits per word, so that most absent
    // words are turned away by a bit array in the processor's cache instead of a probe of a table several times larger.
    private readonly ulong[]? _filter;
    private readonly int _filterShift;

    // One bit per word length (63 for 63 and longer) and one per first character (its low six bits): most words asked
    // of a small set are turned away by these two masks before they are hashed.
    private readonly ulong _lengths;
    private readonly ulong _firsts;

    public WordSet(IEnumerable<string> words)
        : this([words], withKinds: false)
    {
    }

    /// <summary>A set of up to eight word lists in one table, so that a word is hashed and probed once for all of
    /// them: bit k of its <see cref="Kinds(ReadOnlySpan{char})"/> says that list k has it.</summary>
    public WordSet(IEnumerable<string>[] lists)
        : this(lists, withKinds: true)
    {
    }

    private WordSet(IEnumerable<string>[] lists, bool withKinds)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (lists.Length > 8)
        {
            throw new ArgumentException("At most eight lists.", nameof(lists));
        }

        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < lists.Length; k++)
        {
            ArgumentNullException.ThrowIfNull(lists[k]);
            foreach (var word in lists[k])
            {
                distinct.TryGetValue(word, out var bits);
                distinct[word] = bits | (1 << k);
            }
        }

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
        _kinds = withKinds ? new byte[size] : null;
        _mask = size - 1;
        if (Count >= 4096)
        {
            var filterBits = 1 << 12;
            while (filterBits < Count * 8)
            {
                filterBits *= 2;
            }

            _filter = new ulong[filterBits / 64];
            _filterShift = 32 - System.Numerics.BitOperations.Log2((uint)filterBits);
        }

        foreach (var (word, bits) in distinct)
        {
            var hash = Fold(PhraseTable.Extend(PhraseTable.Start, word));
            if (_filter is not null)
            {
                var bit = FilterBit(hash);
                _filter[bit >> 6] |= 1UL << bit;
            }

            var slot = (int)(hash >> 1) & _mask;
            while (_hashes[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = (int)hash | 1;
            _words[slot] = word;
            if (_kinds is not null)
            {
                _kinds[slot] = (byte)bits;
            }

            _lengths |= LengthBit(word.Length);
            _firsts |= word.Length == 0 ? 0 : 1UL << word[0];
        }
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => Slot(word, 0, hashed: false) >= 0;

    /// <summary>Whether the set has the text of <paramref name="token"/>, hashed already by the tokenizer.</summary>
    public bool Contains(string text, Token token) => MayHave(text, token) && Slot(token.Of(text), token.Hash, hashed: true) >= 0;

    /// <summary>The lists of a set built from several (<see cref="WordSet(IEnumerable{string}[])"/>) that have
    /// <paramref name="word"/>, one bit each; 0 when none has it.</summary>
    public int Kinds(ReadOnlySpan<char> word) => KindsAt(Slot(word, 0, hashed: false));

    /// <summary>As <see cref="Kinds(ReadOnlySpan{char})"/> for the text of <paramref name="token"/>.</summary>
    public int Kinds(string text, Token token) => MayHave(text, token) ? KindsAt(Slot(token.Of(text), token.Hash, hashed: true)) : 0;

    /// <summary>The length and first-letter masks of <see cref="Slot"/> for a token (tokens are never empty), small
    /// enough to be inlined where a token is asked, so that most absent words cost no call.</summary>
    private bool MayHave(string text, Token token) =>
        (_lengths & LengthBit(token.Length)) != 0 && (_firsts & (1UL << text[token.Begin])) != 0;

    private int KindsAt(int slot) => slot >= 0 && _kinds is { } kinds ? kinds[slot] : 0;

    // Not inlined: the callers (hundreds of Contains calls) would each compile a copy, which costs the JIT at start.

    /// <summary>The slot of <paramref name="word"/>, or -1; <paramref name="hash64"/> is its 64-bit hash when
    /// <paramref name="hashed"/>, else it is hashed only when the masks let it through.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int Slot(ReadOnlySpan<char> word, ulong hash64, bool hashed)
    {
        if ((_lengths & LengthBit(word.Length)) == 0 || (word.Length != 0 && (_firsts & (1UL << word[0])) == 0))
        {
            return -1;
        }

        var hash = Fold(hashed ? hash64 : PhraseTable.Extend(PhraseTable.Start, word));
        if (_filter is { } filter)
        {
            var bit = FilterBit(hash);
            if ((filter[bit >> 6] & (1UL << bit)) == 0)
            {
                return -1;
            }
        }

        var marker = (int)hash | 1;
        var hashes = _hashes;
        var slot = (int)(hash >> 1) & _mask;
        while (hashes[slot] is var stored && stored != 0)
        {
            if (stored == marker && word.SequenceEqual(_words[slot]))
            {
                return slot;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    /// <summary>The filter bit of a hash: its upper bits after a multiplication, independent of the slot's bits.</summary>
    private int FilterBit(uint hash) => (int)((hash * 0x9E3779B1u) >> _filterShift);

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>The 64-bit FNV-1a hash of a word (<see cref="PhraseTable.Extend"/>, as the tokenizer computes it)
    /// folded to 32 bits; the slot comes from its upper 31 bits, the stored marker is the hash with its lowest bit set
    /// (never 0, which marks an empty slot).</summary>
    private static uint Fold(ulong hash) => (uint)(hash ^ (hash >> 32));
}
