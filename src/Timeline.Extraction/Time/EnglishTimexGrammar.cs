using Timeline.Core.Documents;

namespace Timeline.Extraction.Time;

/// <summary>English time expressions.</summary>
internal sealed class EnglishTimexGrammar : TimexGrammar
{
    public EnglishTimexGrammar()
        : base(TimeLexicon.Load(Language.English, "time-lexicon.tsv"))
    {
    }
}
