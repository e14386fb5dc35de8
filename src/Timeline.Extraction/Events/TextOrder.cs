using Timeline.Core.Documents;

namespace Timeline.Extraction.Events;

/// <summary>Sorting by position in the text that costs one pass when the items already come in text order (as the
/// actor layer and the time tagger give them).</summary>
internal static class TextOrder
{
    /// <summary>The items by span begin (then span end when <paramref name="byEnd"/>), stable as
    /// <see cref="Enumerable.OrderBy{TSource, TKey}(IEnumerable{TSource}, Func{TSource, TKey})"/>: the same array when it is
    /// already in that order.</summary>
    public static T[] InTextOrder<T>(this T[] items, Func<T, TextSpan> spanOf, bool byEnd)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var (previous, current) = (spanOf(items[i - 1]), spanOf(items[i]));
            if (previous.Begin > current.Begin || (byEnd && previous.Begin == current.Begin && previous.End > current.End))
            {
                return byEnd
                    ? [.. items.OrderBy(x => spanOf(x).Begin).ThenBy(x => spanOf(x).End)]
                    : [.. items.OrderBy(x => spanOf(x).Begin)];
            }
        }

        return items;
    }
}
