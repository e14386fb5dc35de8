using System.Collections;
using Timeline.Core.Extraction;

namespace Timeline.Storage.Tests.Sqlite;

/// <summary>A list of documents that cancels a token when the writer takes the document at one index.</summary>
internal sealed class CancellingList(IReadOnlyList<DocumentExtraction> documents, int cancelAt, CancellationTokenSource source)
    : IReadOnlyList<DocumentExtraction>
{
    public int Count => documents.Count;

    public DocumentExtraction this[int index]
    {
        get
        {
            if (index == cancelAt)
            {
                source.Cancel();
            }

            return documents[index];
        }
    }

    public IEnumerator<DocumentExtraction> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
