using Timeline.Storage.Neo4j;
using Timeline.Storage.Neo4j.Bolt;
using static Timeline.Storage.Tests.Neo4j.Bolt.ScriptedBoltServer;

namespace Timeline.Storage.Tests.Neo4j.Bolt;

/// <summary>Bolt 4.4 and 5.x message flows that the 3.1 test server cannot speak, against scripted conversations
/// written from the Bolt documentation (handshake, message and server-state pages of neo4j/docs-bolt).</summary>
public sealed class BoltConversationTests
{
    private static readonly byte[] Handshake = Convert.FromHexString("6060B017" + "00040405" + "00000404" + "00000001" + "00000000");
    private static readonly byte[] Success = Message(H("B1 70 A0"));
    private static readonly byte[] Goodbye = Message(H("B0 02"));

    [Fact]
    public async Task Bolt_5_4_says_hello_with_a_bolt_agent_then_logs_on_and_pulls_in_batches_while_has_more()
    {
        await using var server = new ScriptedBoltServer()
            .Expect("handshake", Handshake)
            .Send("version 5.4", Convert.FromHexString("00000405"))
            .Expect("HELLO", Message(H("B1 01 A2"), "user_agent", "timeline/1", "bolt_agent", H("A1"), "product", "timeline/1"))
            .Send("SUCCESS", Message(H("B1 70 A2"), "server", "Neo4j/5.26.0", "connection_id", "bolt-7"))
            .Expect("LOGON", Message(H("B1 6A A3"), "scheme", "basic", "principal", "neo4j", "credentials", "s3cret"))
            .Send("SUCCESS", Success)
            .Expect("BEGIN", Message(H("B1 11 A2"), "mode", "w", "db", "news"))
            .Send("NOOP, then SUCCESS", [0x00, 0x00, .. Success])
            .Expect("RUN + PULL{n:2}",
            [
                .. Message(H("B3 10"), "UNWIND $xs AS x RETURN x", H("A1"), "xs", H("93 01 02 03"), H("A0")),
                .. Message(H("B1 3F A1"), "n", H("02")),
            ])
            .Send("fields, two records, has_more",
            [
                .. Message(H("B1 70 A2"), "fields", H("91"), "x", "t_first", H("00")),
                .. Message(H("B1 71 91 01")),
                .. Message(H("B1 71 91 02")),
                .. Message(H("B1 70 A1"), "has_more", H("C3")),
            ])
            .Expect("PULL{n:2} again", Message(H("B1 3F A1"), "n", H("02")))
            .Send("last record", [.. Message(H("B1 71 91 03")), .. Message(H("B1 70 A1"), "type", "r")])
            .Expect("COMMIT", Message(H("B0 12")))
            .Send("SUCCESS with bookmark", Message(H("B1 70 A1"), "bookmark", "FB:1"))
            .Expect("GOODBYE", Goodbye);
        server.Start();

        var runner = Runner(server, "news");
        Assert.Equal("Neo4j/5.26.0", await runner.ConnectAsync(CancellationToken.None));
        var version = runner.Version;
        var result = (await runner.RunAsync([Statement("UNWIND $xs AS x RETURN x", ("xs", new List<object?> { 1L, 2L, 3L }))], CancellationToken.None))[0];
        await runner.DisposeAsync();
        await server.CompletedAsync();

        Assert.Equal(new BoltVersion(5, 4), version);
        Assert.Equal(["x"], result.Columns);
        Assert.Equal([1L, 2L, 3L], result.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Bolt_4_4_sends_the_credentials_in_hello_and_a_failure_is_reset_and_reported_on_one_line()
    {
        await using var server = new ScriptedBoltServer()
            .Expect("handshake", Handshake)
            .Send("version 4.4", Convert.FromHexString("00000404"))
            .Expect("HELLO with auth", Message(H("B1 01 A4"), "user_agent", "timeline/1", "scheme", "basic", "principal", "neo4j", "credentials", "s3cret"))
            .Send("SUCCESS", Message(H("B1 70 A1"), "server", "Neo4j/4.4.40"))
            .Expect("BEGIN", Message(H("B1 11 A1"), "mode", "w"))
            .Send("SUCCESS", Success)
            .Expect("RUN + PULL", [.. Message(H("B3 10"), "RETURN 1 +", H("A0 A0")), .. Message(H("B1 3F A1"), "n", H("C9 03 E8"))])
            .Send("FAILURE, IGNORED",
            [
                .. Message(H("B1 7F A2"), "code", H("D0 25"), H(Convert.ToHexString("Neo.ClientError.Statement.SyntaxError"u8)), "message", "Invalid input\nline 2"),
                .. Message(H("B0 7E")),
            ])
            .Expect("RESET", Message(H("B0 0F")))
            .Send("SUCCESS", Success)
            .Expect("BEGIN again: the connection is usable", Message(H("B1 11 A1"), "mode", "w"))
            .Send("SUCCESS", Success)
            .Expect("RUN + PULL", [.. Message(H("B3 10"), "RETURN 1", H("A0 A0")), .. Message(H("B1 3F A1"), "n", H("C9 03 E8"))])
            .Send("result", [.. Message(H("B1 70 A1"), "fields", H("91"), "1"), .. Message(H("B1 71 91 01")), .. Message(H("B1 70 A0"))])
            .Expect("COMMIT", Message(H("B0 12")))
            .Send("SUCCESS", Success)
            .Expect("GOODBYE", Goodbye);
        server.Start();

        var runner = Runner(server, null, fetchSize: 1000);
        var error = await Assert.ThrowsAsync<StoreException>(() => runner.RunAsync([Statement("RETURN 1 +")], CancellationToken.None));
        var result = await runner.RunAsync([Statement("RETURN 1")], CancellationToken.None);
        await runner.DisposeAsync();
        await server.CompletedAsync();

        Assert.Equal("bolt://scripted: Neo4j error Neo.ClientError.Statement.SyntaxError: Invalid input line 2", error.Message);
        Assert.False(error.IsTransient);
        Assert.Equal(1L, result[0].Rows.Single()[0]);
    }

    [Fact]
    public async Task Bolt_4_4_pipelines_the_statements_of_a_batch_in_one_flush_and_pulls_all_records()
    {
        await using var server = new ScriptedBoltServer()
            .Expect("handshake", Handshake)
            .Send("version 4.4", Convert.FromHexString("00000404"))
            .Expect("HELLO with auth", Message(H("B1 01 A4"), "user_agent", "timeline/1", "scheme", "basic", "principal", "neo4j", "credentials", "s3cret"))
            .Send("SUCCESS", Message(H("B1 70 A1"), "server", "Neo4j/4.4.40"))
            .Expect("BEGIN", Message(H("B1 11 A1"), "mode", "w"))
            .Send("SUCCESS", Success)
            .Expect("RUN + PULL{n:-1}, twice, in one flush",
            [
                .. Message(H("B3 10"), "CREATE (:A)", H("A0 A0")), .. Message(H("B1 3F A1"), "n", H("FF")),
                .. Message(H("B3 10"), "RETURN 7 AS x", H("A0 A0")), .. Message(H("B1 3F A1"), "n", H("FF")),
            ])
            .Send("both results",
            [
                .. Message(H("B1 70 A1"), "fields", H("90")), .. Message(H("B1 70 A0")),
                .. Message(H("B1 70 A1"), "fields", H("91"), "x"), .. Message(H("B1 71 91 07")), .. Message(H("B1 70 A0")),
            ])
            .Expect("RUN + PULL{n:-1}, twice, in one flush",
            [
                .. Message(H("B3 10"), "RETURN 1 +", H("A0 A0")), .. Message(H("B1 3F A1"), "n", H("FF")),
                .. Message(H("B3 10"), "RETURN 2", H("A0 A0")), .. Message(H("B1 3F A1"), "n", H("FF")),
            ])
            .Send("FAILURE, then IGNORED for the rest",
            [
                .. Message(H("B1 7F A2"), "code", H("D0 25"), H(Convert.ToHexString("Neo.ClientError.Statement.SyntaxError"u8)), "message", "Invalid input"),
                .. Message(H("B0 7E")), .. Message(H("B0 7E")), .. Message(H("B0 7E")),
            ])
            .Expect("RESET", Message(H("B0 0F")))
            .Send("SUCCESS", Success)
            .Expect("COMMIT of the first transaction is never sent; GOODBYE", Goodbye);
        server.Start();

        var runner = Runner(server, null, fetchSize: 1000);
        var transaction = await runner.BeginAsync(CancellationToken.None);
        var results = await transaction.RunAsync([Statement("CREATE (:A)"), Statement("RETURN 7 AS x")], CancellationToken.None);
        var error = await Assert.ThrowsAsync<StoreException>(() => transaction.RunAsync([Statement("RETURN 1 +"), Statement("RETURN 2")], CancellationToken.None));
        await transaction.DisposeAsync();
        await runner.DisposeAsync();
        await server.CompletedAsync();

        Assert.Empty(results[0].Rows);
        Assert.Equal(7L, results[1].Rows.Single()[0]);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_logon_is_a_store_error_without_the_password()
    {
        await using var server = new ScriptedBoltServer()
            .Expect("handshake", Handshake)
            .Send("version 5.2", Convert.FromHexString("00000205"))
            .Expect("HELLO without bolt_agent before 5.3", Message(H("B1 01 A1"), "user_agent", "timeline/1"))
            .Send("SUCCESS", Message(H("B1 70 A1"), "server", "Neo4j/5.2.0"))
            .Expect("LOGON", Message(H("B1 6A A3"), "scheme", "basic", "principal", "neo4j", "credentials", "s3cret"))
            .Send("FAILURE (5.7+ field names)", Message(H("B1 7F A2"), "neo4j_code", H("D0 25"),
                H(Convert.ToHexString("Neo.ClientError.Security.Unauthorized"u8)), "message", "auth failed"));
        server.Start();

        var runner = Runner(server, null);
        var error = await Assert.ThrowsAsync<StoreException>(() => runner.ConnectAsync(CancellationToken.None));
        await runner.DisposeAsync();
        await server.CompletedAsync();

        Assert.Contains("Neo.ClientError.Security.Unauthorized", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.ToString(), StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Bolt_1_drops_the_connection_after_a_failed_commit_so_that_the_next_transaction_is_not_nested()
    {
        // Neo4j 3.x keeps a v1 transaction open after its COMMIT statement failed (a deadlock under concurrent loads):
        // a BEGIN on the same connection would be refused as nested, so the connection is closed and a new one opened.
        var init = Message(H("B2 01"), "timeline/1", H("A3"), "scheme", "basic", "principal", "neo4j", "credentials", "s3cret");
        static byte[] Run(string query) => [.. Message(H("B2 10"), query, H("A0")), .. Message(H("B0 3F"))];
        byte[] ok = [.. Success, .. Success];
        await using var first = new ScriptedBoltServer()
            .Expect("handshake", Handshake)
            .Send("version 1", Convert.FromHexString("00000001"))
            .Expect("INIT", init)
            .Send("SUCCESS", Success)
            .Expect("BEGIN", Run("BEGIN"))
            .Send("SUCCESS", ok)
            .Expect("CREATE", Run("CREATE (:A)"))
            .Send("SUCCESS", ok)
            .Expect("COMMIT", Run("COMMIT"))
            .Send("FAILURE, IGNORED",
            [
                .. Message(H("B1 7F A2"), "code", H("D0 2F"), H(Convert.ToHexString("Neo.TransientError.Transaction.DeadlockDetected"u8)), "message", "deadlock"),
                .. Message(H("B0 7E")),
            ])
            .Expect("ACK_FAILURE", Message(H("B0 0E")))
            .Send("SUCCESS", Success)
            .ExpectClose("the connection with the failed transaction is closed");
        await using var second = new ScriptedBoltServer()
            .Expect("handshake", Handshake)
            .Send("version 1", Convert.FromHexString("00000001"))
            .Expect("INIT", init)
            .Send("SUCCESS", Success)
            .Expect("BEGIN on a fresh connection", Run("BEGIN"))
            .Send("SUCCESS", ok)
            .Expect("CREATE again", Run("CREATE (:A)"))
            .Send("SUCCESS", ok)
            .Expect("COMMIT", Run("COMMIT"))
            .Send("SUCCESS", ok);
        first.Start();
        second.Start();

        var servers = new Queue<ScriptedBoltServer>([first, second]);
        var runner = new BoltCypherRunner(
            ct => BoltConnection.OpenAsync(new BoltEndpoint("127.0.0.1", servers.Dequeue().Port, false, false), TimeSpan.FromSeconds(5), ct),
            "bolt://scripted", "neo4j", "s3cret", null);
        var error = await Assert.ThrowsAsync<StoreException>(() => runner.RunAsync([Statement("CREATE (:A)")], CancellationToken.None));
        await first.CompletedAsync();
        await runner.RunAsync([Statement("CREATE (:A)")], CancellationToken.None);
        await runner.DisposeAsync();
        await second.CompletedAsync();

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_server_without_a_common_version_is_refused_clearly()
    {
        await using var server = new ScriptedBoltServer()
            .Expect("handshake", Handshake)
            .Send("no version", Convert.FromHexString("00000000"));
        server.Start();

        var runner = Runner(server, null);
        var error = await Assert.ThrowsAsync<StoreException>(() => runner.ConnectAsync(CancellationToken.None));
        await runner.DisposeAsync();

        Assert.Contains("none of the Bolt versions", error.Message, StringComparison.Ordinal);
    }

    private static BoltCypherRunner Runner(ScriptedBoltServer server, string? database, long fetchSize = 2) => new(
        ct => BoltConnection.OpenAsync(new BoltEndpoint("127.0.0.1", server.Port, false, false), TimeSpan.FromSeconds(5), ct),
        "bolt://scripted", "neo4j", "s3cret", database, fetchSize);

    private static CypherStatement Statement(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    private static Hex H(string hex) => new(hex);
}
