using NodaTime;

namespace Timeline.Core.Documents;

/// <summary>What is known about an article apart from its text.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Title">The title, or an empty string when the input had none.</param>
/// <param name="Language">The language the text was extracted as.</param>
/// <param name="Published">The publication time with its offset, or null when neither input nor <c>--published</c> gave one.</param>
/// <param name="Source">The outlet or feed (e.g. <c>tagesschau</c>), or null.</param>
/// <param name="Url">The address of the article, or null.</param>
/// <param name="Origin">Where it was read from: a file path, <c>file:line</c> for JSON Lines, or <c>-</c> for standard input.</param>
public sealed record DocumentInfo(
    DocumentId Id,
    string Title,
    Language Language,
    OffsetDateTime? Published,
    string? Source,
    string? Url,
    string Origin);
