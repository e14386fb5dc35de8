namespace Timeline.Storage.Neo4j.Bolt;

/// <summary>A Bolt protocol version as agreed in the handshake.</summary>
internal readonly record struct BoltVersion(int Major, int Minor)
{
    /// <summary>The four proposals this client sends: 5.4 down to 5.0 (one range), 4.4, 1, and an empty slot.</summary>
    public static ReadOnlyMemory<byte> Proposals { get; } = new byte[]
    {
        0x00, 0x04, 0x04, 0x05,
        0x00, 0x00, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x00,
    };

    /// <summary>v1 and v2 use INIT, PULL_ALL, ACK_FAILURE and RUN "BEGIN"; later versions HELLO, BEGIN, PULL{n}, RESET.</summary>
    public bool IsLegacy => Major < 3;

    /// <summary>5.1 and later authenticate with LOGON after HELLO.</summary>
    public bool UsesLogon => Major > 5 || (Major == 5 && Minor >= 1);

    /// <summary>5.3 and later require <c>bolt_agent</c> in HELLO.</summary>
    public bool NeedsBoltAgent => Major > 5 || (Major == 5 && Minor >= 3);

    /// <summary>PULL and DISCARD carry <c>{n, qid}</c> from 4.0.</summary>
    public bool PullsInBatches => Major >= 4;

    public override string ToString() => $"{Major}.{Minor}";

    /// <summary>The server's choice: four bytes, <c>00 00 minor major</c>; all zero means none of the proposals.</summary>
    public static BoltVersion? FromHandshake(ReadOnlySpan<byte> reply) =>
        reply[3] == 0 && reply[2] == 0 ? null : new BoltVersion(reply[3], reply[2]);
}
