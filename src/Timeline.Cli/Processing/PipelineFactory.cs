using Timeline.Extraction;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events;
using Timeline.Extraction.Time;

namespace Timeline.Cli.Processing;

/// <summary>Builds the extraction pipeline for a run, with the user's actor dictionary when <c>--actors</c> names one
/// and the trigger lexicons <c>--event-coverage</c> chooses.</summary>
internal static class PipelineFactory
{
    /// <exception cref="Core.InputException">The dictionary file is missing or has a bad entry (<c>FILE:LINE: what</c>).</exception>
    public static ExtractionPipeline Create(string? actorsFile, EventCoverage coverage = EventCoverage.Standard)
    {
        if (actorsFile is null && coverage == EventCoverage.Standard)
        {
            return ExtractionPipeline.CreateDefault();
        }

        if (actorsFile is not null && !File.Exists(actorsFile))
        {
            throw new Core.InputException($"--actors: {actorsFile}: no such file");
        }

        return new ExtractionPipeline(
            TimexTagger.Create(),
            actorsFile is null ? ActorRecognizer.Create() : ActorRecognizer.Create(actorsFile),
            EventExtractor.Create(coverage));
    }
}
