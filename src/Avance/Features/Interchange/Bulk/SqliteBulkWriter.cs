using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Avance.Features.Interchange.Bulk;

/// <summary>
/// SQLite: one prepared INSERT per table, re-run with new parameter values for each row. Ids are handed out from
/// the highest id the table ever had (AUTOINCREMENT's sqlite_sequence included); the open write transaction keeps
/// any other writer out until commit.
/// </summary>
internal sealed class SqliteBulkWriter(SqliteConnection connection, DbTransaction transaction) : BulkWriter(connection, transaction)
{
    private readonly Dictionary<string, SqliteCommand> _inserts = [];
    private readonly Dictionary<string, long> _handedOut = [];

    public override async Task<int[]> AllocateIdsAsync(string table, int count, CancellationToken cancellationToken)
    {
        await using var command = Command($"""
            SELECT MAX(COALESCE((SELECT "seq" FROM sqlite_sequence WHERE "name" = '{table}'), 0),
                       COALESCE((SELECT MAX("Id") FROM "{table}"), 0))
            """);
        var highest = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var first = Math.Max(highest, _handedOut.GetValueOrDefault(table)) + 1;
        _handedOut[table] = first + count - 1;
        var ids = new int[count];
        for (var i = 0; i < count; i++) ids[i] = checked((int)(first + i));
        return ids;
    }

    public override Task WriteAsync(RowBuffer rows, CancellationToken cancellationToken)
    {
        var insert = Insert(rows.Table);
        foreach (var row in rows.Rows)
        {
            for (var i = 0; i < row.Length; i++) insert.Parameters[i].Value = Value(row[i]);
            insert.ExecuteNonQuery();
        }
        return Task.CompletedTask;
    }

    protected override string TemporaryTableSuffix => "";

    private SqliteCommand Insert(BulkTable table)
    {
        if (_inserts.TryGetValue(table.Name, out var existing)) return existing;
        var command = (SqliteCommand)Command(
            $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})");
        for (var i = 0; i < table.Columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        _inserts[table.Name] = command;
        return command;
    }

    /// <summary>Values as EF's SQLite provider stores them, so EF reads them back unchanged.</summary>
    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        Enum member => member.ToString(),
        _ => value,
    };
}
