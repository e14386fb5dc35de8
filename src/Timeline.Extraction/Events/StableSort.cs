namespace Timeline.Extraction.Events;

/// <summary>Sorting of the short lists of one clause or one document's events as <c>OrderBy</c> would (equal items
/// keep their order), by insertion: it spares the JIT LINQ's sorters for each key type.</summary>
internal static class StableSort
{
    public static void Apply<T>(List<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && compare(items[j], item) > 0; j--)
            {
                items[j + 1] = items[j];
            }

            items[j + 1] = item;
        }
    }
}
