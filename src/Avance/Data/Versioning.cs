using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Avance.Data;

/// <summary>
/// An item two people may edit at once. Its version goes up by one on every save, and a save that starts from an
/// older version is refused (a concurrency token), so nobody overwrites someone else's change without seeing it.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}

public static class Versioning
{
    public const string Property = nameof(IVersioned.Version);

    /// <summary>
    /// Saves the item only if it is still at the version the editor started from; otherwise the save throws
    /// <see cref="DbUpdateConcurrencyException"/> and nothing is written.
    /// </summary>
    public static void ExpectVersion<T>(this AvanceDb db, T item, int version) where T : class, IVersioned =>
        db.Entry(item).Property(Property).OriginalValue = version;
}

/// <summary>Raises the version of every changed <see cref="IVersioned"/> item as it is saved.</summary>
internal sealed class VersionIncrement : SaveChangesInterceptor
{
    public static readonly VersionIncrement Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Raise(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Raise(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Raise(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(Versioning.Property);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
