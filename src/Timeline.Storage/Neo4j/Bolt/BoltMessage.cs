namespace Timeline.Storage.Neo4j.Bolt;

/// <summary>Bolt message signatures (the tag of the message structure).</summary>
internal static class BoltMessage
{
    public const byte Hello = 0x01; // INIT in v1–v2
    public const byte Goodbye = 0x02;
    public const byte AckFailure = 0x0E;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F;
    public const byte Pull = 0x3F; // PULL_ALL in v1–v3
    public const byte Logon = 0x6A;
    public const byte Success = 0x70;
    public const byte Record = 0x71;
    public const byte Ignored = 0x7E;
    public const byte Failure = 0x7F;
}
