namespace Timeline.Extraction.Time;

/// <summary>Where an anchored rule can start: at a word of <see cref="Words"/> (matched case-insensitively) and/or at
/// the first digit of a number.</summary>
internal sealed record TokenTrigger(IReadOnlyCollection<string> Words, bool Digit)
{
    public static TokenTrigger Digits { get; } = new([], true);
}
