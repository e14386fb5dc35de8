namespace Timeline.Reading.Formats;

/// <summary>The input formats of the contract.</summary>
internal enum InputFormat
{
    PlainText,
    Html,
    Feed,
    JsonLines,
}
