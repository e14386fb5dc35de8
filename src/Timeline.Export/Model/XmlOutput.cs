using System.Text;
using System.Xml;

namespace Timeline.Export.Model;

/// <summary>The XmlWriter settings of the XML exports: UTF-8 without BOM, two-space indent, LF.</summary>
internal static class XmlOutput
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    });

    /// <summary>Writes an element with text content cleaned for XML.</summary>
    public static void Element(XmlWriter writer, string name, string text) =>
        writer.WriteElementString(name, Labels.XmlSafe(text));

    /// <summary>Writes an attribute with its value cleaned for XML.</summary>
    public static void Attribute(XmlWriter writer, string name, string value) =>
        writer.WriteAttributeString(name, Labels.XmlSafe(value));
}
