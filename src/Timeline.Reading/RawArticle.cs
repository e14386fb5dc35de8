using Timeline.Reading.Publication;

namespace Timeline.Reading;

/// <summary>An article as a format reader found it, before language and publication defaults are applied.</summary>
/// <param name="Id">The id the input gave, or null to derive one.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Text">The text that all offsets index.</param>
/// <param name="Published">The publication time the input gave, or null.</param>
/// <param name="Language">The language code the input gave (<c>de</c>, <c>en</c>, <c>de-DE</c>), or null.</param>
/// <param name="Url">The address, or null.</param>
/// <param name="Source">The outlet, or null.</param>
/// <param name="Origin">Where it was read from, for messages: <c>path</c>, <c>path:line</c>, <c>path#item</c>.</param>
internal sealed record RawArticle(
    string? Id,
    string? Title,
    string Text,
    PublishedTime? Published,
    string? Language,
    string? Url,
    string? Source,
    string Origin);
