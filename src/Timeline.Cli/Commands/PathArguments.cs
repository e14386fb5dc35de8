using System.CommandLine.Parsing;

namespace Timeline.Cli.Commands;

/// <summary>Checks the PATH arguments of <c>ingest</c> and <c>extract</c>.</summary>
internal static class PathArguments
{
    /// <summary>A misspelt option (<c>--bogus</c>) would otherwise be taken for a file name.</summary>
    public static void RejectOptionLikeTokens(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
                return;
            }
        }
    }
}
