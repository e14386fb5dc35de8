using System.Diagnostics;
using System.Xml.Linq;
using SkiaSharp;
using Timeline.Export.Tests.Support;
using Timeline.Query.Tests.Fakes;

namespace Timeline.Export.Tests;

public sealed class HtmlExportTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task The_page_is_well_formed_and_loads_nothing_from_outside()
    {
        var snapshot = await Exports.SnapshotAsync();
        var html = await Exports.TextAsync("html", snapshot);

        var document = XDocument.Parse(html);
        Assert.DoesNotContain(document.Descendants(), e => e.Attribute("src") is not null || e.Attribute("href") is not null);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "link" or "iframe" or "img" or "object" or "embed" or "b");
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        var withoutNamespaces = html.Replace("http://www.w3.org/1999/xhtml", string.Empty, StringComparison.Ordinal)
            .Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("http", withoutNamespaces, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Descendants().Attributes(), a => a.Name.LocalName is "action" or "formaction" or "poster" or "srcset" or "background");
    }

    [Fact]
    public async Task The_page_lists_every_event_in_order_and_draws_the_actor_graph()
    {
        var snapshot = await Exports.SnapshotAsync();
        var document = XDocument.Parse(await Exports.TextAsync("html", snapshot));

        var rows = document.Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").ToList();
        Assert.Equal(snapshot.Events.Length, rows.Count);
        Assert.Equal("2024-02-20", rows[0].Elements(Xhtml + "td").First().Value);
        Assert.Equal("undated (published 2024-03-05)", rows[3].Elements(Xhtml + "td").First().Value);
        Assert.Equal("undated", (string?)rows[^1].Attribute("class"));
        Assert.Contains(rows, r => r.Value.Contains(SampleNews.Hostile.Name[..20], StringComparison.Ordinal));
        var svg = document.Descendants(Svg + "svg").Single();
        Assert.Equal(10, svg.Descendants(Svg + "circle").Count());
        Assert.NotEmpty(svg.Descendants(Svg + "line"));
        var options = document.Descendants(Xhtml + "select").Single().Elements(Xhtml + "option").Select(o => o.Value).ToList();
        Assert.Equal(snapshot.Events.Select(e => e.Type).Distinct().Count() + 1, options.Count);
    }

    [ChromiumFact]
    public async Task The_page_renders_in_headless_chromium_with_the_filter_script_running()
    {
        var directory = Directory.CreateTempSubdirectory("timeline-html-");
        try
        {
            var page = Path.Combine(directory.FullName, "page.html");
            await File.WriteAllBytesAsync(page, await Exports.BytesAsync("html"));
            var screenshot = Path.Combine(directory.FullName, "shot.png");

            var dom = await RunChromiumAsync(directory.FullName, "--dump-dom", new Uri(page).AbsoluteUri);
            await RunChromiumAsync(directory.FullName, "--screenshot=" + screenshot, "--window-size=1200,1400", new Uri(page).AbsoluteUri);

            Assert.Contains("11 of 11 events shown", dom, StringComparison.Ordinal);
            using var bitmap = SKBitmap.Decode(screenshot);
            Assert.Equal(1200, bitmap.Width);
            var graphBlue = (uint)SKColor.Parse("#3b6ea5");
            var (drawn, blue) = (0, 0);
            for (var y = 0; y < bitmap.Height; y += 2)
            {
                for (var x = 0; x < bitmap.Width; x += 2)
                {
                    var pixel = bitmap.GetPixel(x, y);
                    drawn += pixel == SKColors.White ? 0 : 1;
                    blue += (uint)pixel == graphBlue ? 1 : 0;
                }
            }

            Assert.True(drawn > bitmap.Width * bitmap.Height / 4 / 50, $"only {drawn} non-white samples: the page looks blank");
            Assert.True(blue > 20, $"only {blue} samples of the graph's node colour: the SVG graph did not render");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<string> RunChromiumAsync(string profile, params string[] arguments)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + Path.Combine(profile, "profile") }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, "chromium failed: " + await error);
        return await output;
    }
}
