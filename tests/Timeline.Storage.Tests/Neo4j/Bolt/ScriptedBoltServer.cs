using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Timeline.Storage.Tests.Neo4j.Bolt;

/// <summary>An in-process TCP server that plays one scripted Bolt conversation: it expects exact bytes from the client
/// and answers with exact bytes, as written in the tests from the Bolt documentation. A mismatch fails the test.</summary>
internal sealed class ScriptedBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<(bool FromClient, byte[]? Bytes, string Label)> _steps = [];
    private Task? _conversation;

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The bytes of a message in chunked framing: one chunk and the <c>00 00</c> end marker.</summary>
    public static byte[] Message(params object[] parts)
    {
        var body = Bytes(parts);
        return [(byte)(body.Length >> 8), (byte)body.Length, .. body, 0x00, 0x00];
    }

    /// <summary>Hex strings ("B1 01") are bytes; other strings become tiny PackStream strings (marker 0x80 + UTF-8 length).</summary>
    public static byte[] Bytes(params object[] parts)
    {
        var bytes = new List<byte>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case Hex hex:
                    bytes.AddRange(Convert.FromHexString(hex.Value.Replace(" ", string.Empty, StringComparison.Ordinal)));
                    break;
                case string text:
                    var utf8 = Encoding.UTF8.GetBytes(text);
                    if (utf8.Length > 15)
                    {
                        bytes.Add(0xD0);
                    }

                    bytes.Add(utf8.Length > 15 ? (byte)utf8.Length : (byte)(0x80 | utf8.Length));
                    bytes.AddRange(utf8);
                    break;
                case byte[] raw:
                    bytes.AddRange(raw);
                    break;
                default:
                    throw new ArgumentException($"unknown part {part}", nameof(parts));
            }
        }

        return [.. bytes];
    }

    public ScriptedBoltServer Expect(string label, byte[] bytes)
    {
        _steps.Add((true, bytes, label));
        return this;
    }

    public ScriptedBoltServer Send(string label, byte[] bytes)
    {
        _steps.Add((false, bytes, label));
        return this;
    }

    /// <summary>Expects the client to close the connection (nothing more arrives).</summary>
    public ScriptedBoltServer ExpectClose(string label)
    {
        _steps.Add((true, null, label));
        return this;
    }

    public void Start()
    {
        _listener.Start();
        _conversation = Task.Run(PlayAsync);
    }

    /// <summary>Waits for the end of the script and rethrows a mismatch.</summary>
    public async Task CompletedAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _conversation!.WaitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        if (_conversation is not null)
        {
            await Task.WhenAny(_conversation, Task.Delay(1000));
        }

        _listener.Dispose();
    }

    private async Task PlayAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        foreach (var (fromClient, bytes, label) in _steps)
        {
            if (bytes is null)
            {
                var extra = new byte[1];
                Assert.True(await stream.ReadAsync(extra) == 0, $"{label}: expected the client to close, but it sent {Convert.ToHexString(extra)}");
            }
            else if (fromClient)
            {
                var received = new byte[bytes.Length];
                var count = await stream.ReadAtLeastAsync(received, received.Length, throwOnEndOfStream: false);
                Assert.True(count == received.Length, $"{label}: the client closed the connection after {Convert.ToHexString(received, 0, count)}");
                Assert.True(bytes.AsSpan().SequenceEqual(received),
                    $"{label}: expected {Convert.ToHexString(bytes)} but the client sent {Convert.ToHexString(received)}");
            }
            else
            {
                await stream.WriteAsync(bytes!);
            }
        }

        // The client may close or say GOODBYE; either ends the conversation.
    }

    /// <summary>Marks a string part as hex bytes.</summary>
    public sealed record Hex(string Value);
}
