namespace Timeline.Evaluation.Timex;

/// <summary>One time expression of a gold or system file (offsets index the document text).</summary>
internal sealed record GoldTimex(int Begin, int End, string Text, string Type, string Value);
