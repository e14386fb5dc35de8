namespace Timeline.Benchmarks.KeyValue;

/// <summary>The first byte of every key: which table (or index) of the SQLite schema it stands for.</summary>
internal static class KeyTags
{
    /// <summary><c>documents</c>: D doc → the document row with its text.</summary>
    public const byte Document = (byte)'D';

    /// <summary><c>actors</c>: A actor → name, kind, name document.</summary>
    public const byte Actor = (byte)'A';

    /// <summary><c>actor_names</c>: N actor doc → name, name key, kind.</summary>
    public const byte ActorName = (byte)'N';

    /// <summary>index <c>actor_names_by_key</c>: n name_key actor doc → nothing.</summary>
    public const byte ActorNameByKey = (byte)'n';

    /// <summary><c>actor_aliases</c>: Q actor doc alias → alias key.</summary>
    public const byte ActorAlias = (byte)'Q';

    /// <summary>index <c>actor_aliases_by_key</c>: q alias_key actor doc alias → nothing.</summary>
    public const byte ActorAliasByKey = (byte)'q';

    /// <summary><c>actor_mentions</c>: M doc begin end actor → text, kind.</summary>
    public const byte ActorMention = (byte)'M';

    /// <summary><c>relations</c> (its unique key): R doc begin end source type target title → since, since day.</summary>
    public const byte Relation = (byte)'R';

    /// <summary>index <c>relations_by_source</c>: S source doc begin end type target title → nothing.</summary>
    public const byte RelationBySource = (byte)'S';

    /// <summary>index <c>relations_by_target</c>: G target doc begin end source type title → nothing.</summary>
    public const byte RelationByTarget = (byte)'G';

    /// <summary><c>events</c>: E event → the merged event with the state of its incremental merge.</summary>
    public const byte Event = (byte)'E';

    /// <summary>index <c>events_by_time</c>: T start_day end_day event → nothing (dated events).</summary>
    public const byte EventByTime = (byte)'T';

    /// <summary>undated events in their order: U order_document order_offset event → nothing.</summary>
    public const byte UndatedEvent = (byte)'U';

    /// <summary><c>event_participants</c>: P event actor role → nothing.</summary>
    public const byte Participant = (byte)'P';

    /// <summary>index <c>event_participants_by_actor</c>: p actor event role → nothing.</summary>
    public const byte ParticipantByActor = (byte)'p';

    /// <summary><c>event_documents</c>: O event doc → the document's report.</summary>
    public const byte Report = (byte)'O';

    /// <summary><c>event_mentions</c>: X event doc sentence_begin trigger_begin trigger_end → sentence and evidence.</summary>
    public const byte EventMention = (byte)'X';
}
