using System.Buffers.Binary;
using System.Net.Security;
using System.Net.Sockets;

namespace Timeline.Storage.Neo4j.Bolt;

/// <summary>One Bolt connection: the handshake, chunked framing and PackStream messages. Knows nothing about
/// transactions (see <see cref="BoltCypherRunner"/>).</summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private const int MaxChunk = 65_535;
    private static readonly byte[] Magic = [0x60, 0x60, 0xB0, 0x17];

    private readonly TcpClient? _client;
    private readonly Stream _stream;
    private readonly MemoryStream _outgoing = new();
    private readonly byte[] _header = new byte[2];

    private BoltConnection(TcpClient? client, Stream stream)
    {
        (_client, _stream) = (client, stream);
    }

    /// <summary>The version the server chose.</summary>
    public BoltVersion Version { get; private set; }

    /// <summary>Opens TCP (and TLS for <c>+s</c>/<c>+ssc</c>) and negotiates the version.</summary>
    /// <exception cref="IOException">The connection failed or the server speaks none of the proposed versions.</exception>
    /// <exception cref="SocketException">The server cannot be reached.</exception>
    public static async Task<BoltConnection> OpenAsync(BoltEndpoint endpoint, TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(connectTimeout);
                try
                {
                    await client.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new IOException($"no connection within {connectTimeout.TotalSeconds:0} s");
                }
            }

            Stream stream = client.GetStream();
            if (endpoint.Tls)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                var options = new SslClientAuthenticationOptions { TargetHost = endpoint.Host };
                if (endpoint.TrustAnyCertificate)
                {
                    // +ssc: a self-signed certificate (chain and name errors) is accepted, a missing one is not.
                    options.RemoteCertificateValidationCallback = static (_, certificate, _, errors) =>
                        certificate is not null && (errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0;
                }

                await tls.AuthenticateAsClientAsync(options, cancellationToken);
                stream = tls;
            }

            var connection = new BoltConnection(client, stream);
            await connection.HandshakeAsync(cancellationToken);
            return connection;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>A connection over an already open stream (tests).</summary>
    public static async Task<BoltConnection> OpenAsync(Stream stream, CancellationToken cancellationToken)
    {
        var connection = new BoltConnection(null, stream);
        await connection.HandshakeAsync(cancellationToken);
        return connection;
    }

    /// <summary>Queues a message; <see cref="FlushAsync"/> sends everything queued.</summary>
    public void Enqueue(byte signature, params object?[] fields)
    {
        var message = PackStreamWriter.Encode(new PackStreamStructure(signature, fields));
        Span<byte> size = stackalloc byte[2];
        for (var offset = 0; offset < message.Length; offset += MaxChunk)
        {
            var length = Math.Min(MaxChunk, message.Length - offset);
            BinaryPrimitives.WriteUInt16BigEndian(size, (ushort)length);
            _outgoing.Write(size);
            _outgoing.Write(message, offset, length);
        }

        _outgoing.WriteByte(0);
        _outgoing.WriteByte(0);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_outgoing.Length == 0)
        {
            return;
        }

        await _stream.WriteAsync(_outgoing.GetBuffer().AsMemory(0, (int)_outgoing.Length), cancellationToken);
        await _stream.FlushAsync(cancellationToken);
        _outgoing.SetLength(0);
    }

    /// <summary>Reads the next message, skipping NOOP keep-alives (an empty chunk between messages).</summary>
    /// <exception cref="IOException">The connection closed or the message is malformed.</exception>
    public async Task<PackStreamStructure> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            await ReadExactlyAsync(_header, cancellationToken);
            var size = BinaryPrimitives.ReadUInt16BigEndian(_header);
            if (size == 0)
            {
                if (message.Length == 0)
                {
                    continue;
                }

                break;
            }

            var chunk = new byte[size];
            await ReadExactlyAsync(chunk, cancellationToken);
            message.Write(chunk);
        }

        try
        {
            return PackStreamReader.Decode(message.ToArray()) as PackStreamStructure
                ?? throw new IOException("Bolt: a message is not a structure");
        }
        catch (InvalidDataException e)
        {
            throw new IOException("Bolt: " + e.Message, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client?.Dispose();
        await _outgoing.DisposeAsync();
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var request = new byte[20];
        Magic.CopyTo(request, 0);
        BoltVersion.Proposals.Span.CopyTo(request.AsSpan(4));
        await _stream.WriteAsync(request, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
        var reply = new byte[4];
        await ReadExactlyAsync(reply, cancellationToken);
        Version = BoltVersion.FromHandshake(reply)
            ?? throw new IOException("the server speaks none of the Bolt versions 5.0–5.4, 4.4 or 1");
    }

    private async Task ReadExactlyAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await _stream.ReadExactlyAsync(buffer, cancellationToken);
        }
        catch (EndOfStreamException e)
        {
            throw new IOException("the server closed the connection", e);
        }
    }
}
