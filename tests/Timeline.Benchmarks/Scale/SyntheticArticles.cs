using System.Globalization;
using System.Text;

namespace Timeline.Benchmarks.Scale;

/// <summary>Writes any number of news-like articles (German and English, from the project's own templates) with varied
/// actors, days and numbers, so that ingest can be measured at scale without any external data.</summary>
internal static class SyntheticArticles
{
    private static readonly (string German, string English)[] Persons =
    [
        ("US-Außenminister Antony Blinken", "US Secretary of State Antony Blinken"),
        ("der russische Außenminister Sergej Lawrow", "Russian Foreign Minister Sergei Lavrov"),
        ("Bundeskanzler Olaf Scholz", "German Chancellor Olaf Scholz"),
        ("der französische Präsident Emmanuel Macron", "French President Emmanuel Macron"),
        ("der ukrainische Präsident Wolodymyr Selenskyj", "Ukrainian President Volodymyr Zelensky"),
        ("NATO-Generalsekretär Jens Stoltenberg", "NATO Secretary General Jens Stoltenberg"),
    ];

    private static readonly string[] GermanDays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"];
    private static readonly string[] EnglishDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    /// <summary>Writes <paramref name="count"/> articles as text files, 1,000 to a folder, and returns the total bytes.</summary>
    public static long Write(string folder, int count)
    {
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var sub = Path.Combine(folder, (i / 1000).ToString("D4", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            var text = i % 2 == 0 ? German(i) : English(i);
            var path = Path.Combine(sub, "article-" + i.ToString("D7", CultureInfo.InvariantCulture) + ".txt");
            File.WriteAllText(path, text, Encoding.UTF8);
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return bytes;
    }

    private static string German(int i)
    {
        var a = Persons[i % Persons.Length].German;
        var b = Persons[(i / Persons.Length + 1 + i) % Persons.Length].German;
        var date = new DateOnly(2022, 1, 3).AddDays(i % 700);
        var day = GermanDays[i % GermanDays.Length];
        var troops = 1000 + (i % 50) * 500;
        return string.Create(CultureInfo.InvariantCulture, $"""
            Gespräche über die Lage im Osten, Folge {i}

            Stand: {date:dd.MM.yyyy} 10:{i % 60:D2} Uhr

            {Capitalise(a)} will heute mit {Dative(b)} telefonieren. Am {day} hatte der UN-Sicherheitsrat über die Lage beraten.

            Russland hat nach Angaben der NATO in der vergangenen Woche weitere {troops} Soldaten an die Grenze verlegt. Die Regierung in Kiew forderte zusätzliche Hilfe.

            Die Europäische Union kündigte am Wochenende neue Sanktionen gegen Moskau an. Der Kreml wies die Vorwürfe zurück.
            """);
    }

    private static string English(int i)
    {
        var a = Persons[i % Persons.Length].English;
        var b = Persons[(i / Persons.Length + 2 + i) % Persons.Length].English;
        var date = new DateOnly(2022, 1, 3).AddDays(i % 700);
        var day = EnglishDays[i % EnglishDays.Length];
        return string.Create(CultureInfo.InvariantCulture, $"""
            Diplomats race to ease tensions, part {i}

            Updated: {date:MMMM d, yyyy}

            {a} will speak with {b} by phone on {day}. The UN Security Council met on Monday to discuss the crisis.

            Britain announced 50 million pounds in humanitarian aid for Ukraine last week. Moscow accused the West of stoking hysteria and rejected the demands.

            The United States placed {3000 + (i % 20) * 250} troops on high alert over the weekend.
            """);
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Dative(string text) =>
        text.StartsWith("der ", StringComparison.Ordinal) ? "dem " + text[4..].Replace("ische ", "ischen ", StringComparison.Ordinal) : text;
}
