namespace Timeline.Export.Tests.Support;

/// <summary>A fact that needs Debian's headless Chromium (<c>apt-get install -y chromium</c>); reported as skipped
/// when /usr/bin/chromium is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable))
        {
            Skip = Executable + " is missing (apt-get install -y chromium)";
        }
    }
}
