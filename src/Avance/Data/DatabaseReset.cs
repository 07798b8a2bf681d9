using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Avance.Data;

internal static class DatabaseReset
{
    /// <summary>Deletes every row, dependants before principals, using the model's foreign keys to order the tables.</summary>
    public static async Task DeleteAllRowsAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        foreach (var table in TablesDependantsFirst(db.Model))
        {
            // Table names come from the model, never from input.
            var delete = "DELETE FROM \"" + table + "\"";
            await db.Database.ExecuteSqlRawAsync(delete, cancellationToken);
        }
        db.ChangeTracker.Clear();
    }

    private static List<string> TablesDependantsFirst(IModel model)
    {
        var principalsOf = model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .GroupBy(e => e.GetTableName()!)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.GetForeignKeys())
                .Select(fk => fk.PrincipalEntityType.GetTableName()!)
                .Where(t => t != g.Key)
                .ToHashSet());
        var ordered = new List<string>();
        var remaining = principalsOf.Keys.ToHashSet();
        while (remaining.Count > 0)
        {
            // A table can go once no remaining table depends on it.
            var free = remaining.Where(t => !remaining.Any(other => principalsOf[other].Contains(t))).Order().ToList();
            if (free.Count == 0) throw new InvalidOperationException("The model has a foreign-key cycle: " + string.Join(", ", remaining));
            ordered.AddRange(free);
            remaining.ExceptWith(free);
        }
        return ordered;
    }
}
