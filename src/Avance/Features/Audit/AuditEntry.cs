namespace Avance.Features.Audit;

/// <summary>
/// One recorded change: who, when, to what, the item before and after (JSON), and why. Entries are only ever added;
/// the application refuses to change or delete one, and so does the database (triggers).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, int? userId, string actor, string action, string itemType, string itemKey,
        string? before, string? after, string? reason)
    {
        At = at;
        UserId = userId;
        Actor = actor;
        Action = action;
        ItemType = itemType;
        ItemKey = itemKey;
        Before = before;
        After = after;
        Reason = reason;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>Kept as a number, not a foreign key: the trail outlives the account.</summary>
    public int? UserId { get; private set; }
    /// <summary>The account's e-mail when it acted ("system" for the command line and demo data).</summary>
    public string Actor { get; private set; } = "";
    /// <summary>What happened, e.g. "measurement.submit", "plan.update", "account.role".</summary>
    public string Action { get; private set; } = "";
    /// <summary>The kind of item ("measurement", "plan", "indicator", "account" …) and its key, together the item's address in the trail.</summary>
    public string ItemType { get; private set; } = "";
    public string ItemKey { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string? Reason { get; private set; }
}
