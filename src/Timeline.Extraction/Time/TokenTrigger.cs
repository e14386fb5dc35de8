namespace Timeline.Extraction.Time;

/// <summary>Where an anchored rule can start: at a word of <see cref="Words"/> (matched case-insensitively) and/or at
/// the first digit of a number.</summary>
internal sealed record TokenTrigger(IReadOnlyCollection<string> Words, bool Digit)
{
    /// <summary>A number of any length.</summary>
    public static TokenTrigger Digits { get; } = new([], true);

    /// <summary>A number of one or two digits (a day, a month, an hour).</summary>
    public static TokenTrigger TwoDigits { get; } = DigitsOfLength(1, 2);

    /// <summary>A number of four digits (a year).</summary>
    public static TokenTrigger FourDigits { get; } = DigitsOfLength(4);

    /// <summary>The numbers of digits (bit n = n digits, bit 31 = 31 or more) a number must have to start the rule:
    /// most numbers of a text are tried against no rule or a few (the digit rules were ~10% of the German scan).</summary>
    public int DigitLengths { get; init; } = -1;

    /// <summary>A cheap necessary condition on the text right after the trigger word or number (its index is the second
    /// argument), checked before the rule's regex runs; null = none. Most numbers of a German text ("35 Prozent",
    /// "2,5 Millionen") fail it for every date and clock rule.</summary>
    public Func<string, int, bool>? Follow { get; init; }

    /// <summary>This trigger with a <see cref="Follow"/> condition.</summary>
    public TokenTrigger After(Func<string, int, bool> follow) => this with { Follow = follow };

    public static TokenTrigger DigitsOfLength(params int[] lengths) =>
        new([], true) { DigitLengths = lengths.Aggregate(0, (mask, n) => mask | (1 << n)) };
}
