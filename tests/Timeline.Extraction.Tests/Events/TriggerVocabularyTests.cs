using Timeline.Core.Documents;
using Timeline.Core.Events;
using static Timeline.Extraction.Tests.Events.EventAssertions;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Common news verbs and nouns of each event type, one sentence each: the lexicon entry must find the event with
/// its source and target. Actors: three invented states (Nordland, Südmark, Westria) and two invented persons.</summary>
public sealed class TriggerVocabularyTests
{
    public static TheoryData<string, string, string, string?> German => new()
    {
        { "Nordland reist am Dienstag nach Südmark.", "CONSULT", "nordland", "suedmark" },
        { "Nordland empfing am Montag den Präsidenten Südmarks.", "CONSULT", "nordland", "suedmark" },
        { "Dort will Nordland mit Südmark über die Grenze sprechen.", "CONSULT", "nordland", null },
        { "Nordland will nun auch mit Südmark verhandeln.", "CONSULT", "nordland", null },
        { "Nordland hatte bei Südmark Hilfe beantragt.", "REQUEST", "nordland", null },
        { "Nordland mahnte Südmark zur Zurückhaltung.", "REQUEST", "nordland", "suedmark" },
        { "Nordland rügte Südmark scharf.", "ACCUSE", "nordland", "suedmark" },
        { "Nordland sagte Südmark einen Kredit über 50 Millionen Euro zu.", "AID", "nordland", "suedmark" },
        { "Nordland fror die Vermögen von Südmark ein.", "SANCTION", "nordland", null },
        { "Nordland verhängte ein Embargo gegen Südmark.", "SANCTION", "nordland", "suedmark" },
        { "Nordland stationierte weitere Truppen in Südmark.", "MOBILIZE", "nordland", "suedmark" },
        { "Nordland verlegte weitere Truppen in Südmark.", "MOBILIZE", "nordland", "suedmark" },
        { "Truppen aus Nordland wurden an der Grenze zu Südmark in Bereitschaft versetzt.", "MOBILIZE", "nordland", null },
        { "Nordland attackierte Südmark mit Drohnen.", "ASSAULT", "nordland", "suedmark" },
        { "Nordland ratifizierte den Vertrag mit Südmark.", "AGREE", "nordland", null },
    };

    public static TheoryData<string, string, string, string?> English => new()
    {
        { "Nordland spoke with Suedmark about the border.", "CONSULT", "nordland", null },
        { "Nordland hosted Suedmark in the capital.", "CONSULT", "nordland", "suedmark" },
        { "Nordland pressed Suedmark to release the prisoners.", "REQUEST", "nordland", "suedmark" },
        { "Nordland slammed Suedmark over the border closure.", "ACCUSE", "nordland", "suedmark" },
        { "Nordland rebuffed Suedmark.", "REJECT", "nordland", "suedmark" },
        { "Nordland said it would send additional troops to Suedmark.", "MOBILIZE", "nordland", null },
        { "Nordland massed troops near the border with Suedmark.", "MOBILIZE", "nordland", null },
        { "Nordland froze the assets of Suedmark.", "SANCTION", "nordland", null },
        { "Nordland imposed an embargo on Suedmark.", "SANCTION", "nordland", "suedmark" },
        { "Nordland fired rockets at Suedmark.", "ASSAULT", "nordland", "suedmark" },
    };

    [Theory]
    [MemberData(nameof(German))]
    public void German_news_verb_finds_its_event(string sentence, string type, string source, string? target) =>
        AssertFinds(sentence, Language.German, type, source, target);

    [Theory]
    [MemberData(nameof(English))]
    public void English_news_verb_finds_its_event(string sentence, string type, string source, string? target) =>
        AssertFinds(sentence, Language.English, type, source, target);

    private static void AssertFinds(string sentence, Language language, string type, string source, string? target)
    {
        var events = new EventTestDocument(sentence, language)
            .Actor("Nordland", "nordland").Actor("Südmark", "suedmark").Actor("Suedmark", "suedmark")
            .Extract();

        Single(events, Enum.Parse<EventType>(type, ignoreCase: true), source, target);
    }
}
