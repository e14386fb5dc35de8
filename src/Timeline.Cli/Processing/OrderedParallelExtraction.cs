using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Timeline.Extraction;
using Timeline.Reading;

namespace Timeline.Cli.Processing;

/// <summary>Extracts articles on every core while keeping their input order, holding only a bounded number in flight,
/// so that output is deterministic and memory stays flat however many articles come.</summary>
internal static class OrderedParallelExtraction
{
    public static async IAsyncEnumerable<ExtractionOutcome> RunAsync(
        IAsyncEnumerable<ReadItem> items,
        ExtractionPipeline pipeline,
        int degreeOfParallelism,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Each slot holds one article being extracted; the reader waits when all are taken.
        var inFlight = Channel.CreateBounded<Task<ExtractionOutcome>>(new BoundedChannelOptions(Math.Max(1, degreeOfParallelism * 2))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(items, pipeline, inFlight.Writer, stop.Token);
        try
        {
            await foreach (var pending in inFlight.Reader.ReadAllAsync(cancellationToken))
            {
                yield return await pending;
            }

            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
                // Stopped early by the consumer: the remaining input is not needed.
            }
        }
    }

    private static async Task ProduceAsync(
        IAsyncEnumerable<ReadItem> items,
        ExtractionPipeline pipeline,
        ChannelWriter<Task<ExtractionOutcome>> writer,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                var pending = item switch
                {
                    ArticleRead article => Task.Run(() => new ExtractionOutcome(pipeline.Extract(article.Document), null), cancellationToken),
                    ReadFailure failure => Task.FromResult(new ExtractionOutcome(null, failure)),
                    _ => throw new InvalidOperationException($"Unknown read item {item.GetType().Name}."),
                };
                await writer.WriteAsync(pending, cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }
}
