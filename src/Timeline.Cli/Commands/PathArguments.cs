using System.CommandLine;
using System.CommandLine.Parsing;

namespace Timeline.Cli.Commands;

/// <summary>Checks the PATH arguments of <c>ingest</c> and <c>extract</c>.</summary>
internal static class PathArguments
{
    /// <summary>The PATH... argument: files, folders or <c>-</c>, at least one, none that looks like an option.</summary>
    public static Argument<string[]> Create() => new("PATH")
    {
        Description = "Articles: files, folders (read recursively) or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
        Validators = { RejectOptionLikeTokens },
    };

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
