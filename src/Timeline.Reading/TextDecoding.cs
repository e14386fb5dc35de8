using System.Text;

namespace Timeline.Reading;

/// <summary>Turns a file's bytes into text: UTF-8 (strict; a BOM is dropped) or UTF-16 with a BOM. Binary files and
/// invalid UTF-8 are reported, not guessed at.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, ReadFailure? Failure) Decode(byte[] bytes, string origin)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (encoding.GetString(bytes, 2, bytes.Length - 2), null);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, offset);
        if (nul >= 0)
        {
            return (null, new ReadFailure(origin, $"{origin}: is a binary file, not text (NUL byte at offset {nul})"));
        }

        try
        {
            return (StrictUtf8.GetString(bytes, offset, bytes.Length - offset), null);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, new ReadFailure(origin, $"{origin}: is not valid UTF-8 (byte offset {offset + ex.Index})"));
        }
    }
}
