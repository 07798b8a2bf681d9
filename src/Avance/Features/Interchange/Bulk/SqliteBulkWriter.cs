using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Avance.Features.Interchange.Bulk;

/// <summary>
/// SQLite: one prepared INSERT per table, re-run with new values for each row. Rows are bound and stepped through
/// SQLite's own statement interface: the ADO.NET command costs more per row than SQLite's insert itself. Ids are
/// handed out from the highest id the table ever had (AUTOINCREMENT's sqlite_sequence included); the open write
/// transaction keeps any other writer out until commit.
/// </summary>
internal sealed class SqliteBulkWriter(SqliteConnection connection, DbTransaction transaction) : BulkWriter(connection, transaction)
{
    private readonly Dictionary<string, sqlite3_stmt> _inserts = [];
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
            for (var i = 0; i < row.Length; i++) Succeed(Bind(insert, i + 1, row[i]));
            var stepped = raw.sqlite3_step(insert);
            raw.sqlite3_reset(insert);
            if (stepped != raw.SQLITE_DONE) Succeed(stepped);
        }
        return Task.CompletedTask;
    }

    protected override string TemporaryTableSuffix => "";

    public override ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values) insert.Dispose();
        _inserts.Clear();
        return ValueTask.CompletedTask;
    }

    private sqlite3_stmt Insert(BulkTable table)
    {
        if (_inserts.TryGetValue(table.Name, out var existing)) return existing;
        var sql = $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select(_ => "?"))})";
        Succeed(raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        _inserts[table.Name] = statement;
        return statement;
    }

    private void Succeed(int result)
    {
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, connection.Handle);
    }

    /// <summary>Values as EF's SQLite provider stores them, so EF reads them back unchanged.</summary>
    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        bool yes => raw.sqlite3_bind_int64(statement, index, yes ? 1 : 0),
        string text => raw.sqlite3_bind_text16(statement, index, text),
        decimal number => raw.sqlite3_bind_text16(statement, index, number.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        DateOnly date => raw.sqlite3_bind_text16(statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset at => raw.sqlite3_bind_text16(statement, index, at.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
        Enum member => raw.sqlite3_bind_text16(statement, index, member.ToString()),
        _ => throw new NotSupportedException($"No SQLite binding for {value.GetType().Name}."),
    };
}
