using System.Text;

namespace Timeline.Export.Model;

/// <summary>The text writer of the text exports: UTF-8 without BOM, LF, a large buffer, the stream left open.</summary>
internal static class TextOutput
{
    public static StreamWriter Create(Stream output) =>
        new(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
}
