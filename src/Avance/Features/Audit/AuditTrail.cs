using System.Text.Json;
using System.Text.Json.Serialization;
using Avance.Data;
using Avance.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Avance.Features.Audit;

/// <summary>
/// Adds entries to the trail in the same unit of work as the change they describe, so a change and its record are
/// saved together or not at all.
/// </summary>
public static class AuditTrail
{
    public const string SystemActor = "system";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Records a change; <paramref name="before"/> and <paramref name="after"/> are plain objects (records, anonymous) serialised as JSON.</summary>
    public static void Record(AvanceDb db, Caller? caller, DateTimeOffset at, string action, string itemType, object itemKey,
        object? before, object? after, string? reason = null) =>
        db.AuditEntries.Add(new AuditEntry(at, caller?.UserId, caller?.Name ?? SystemActor, action, itemType,
            Convert.ToString(itemKey, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            before is null ? null : JsonSerializer.Serialize(before, Json),
            after is null ? null : JsonSerializer.Serialize(after, Json),
            reason));

    /// <summary>An item's history, oldest first.</summary>
    public static IQueryable<AuditEntry> For(AvanceDb db, string itemType, object itemKey)
    {
        var key = Convert.ToString(itemKey, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return db.AuditEntries.Where(e => e.ItemType == itemType && e.ItemKey == key).OrderBy(e => e.Id);
    }
}

/// <summary>Refuses, before anything reaches the database, a save that would change or delete an audit entry.</summary>
internal sealed class AuditTrailIsAppendOnly : SaveChangesInterceptor
{
    public static readonly AuditTrailIsAppendOnly Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null) return;
        var touched = context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (touched) throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
    }
}
