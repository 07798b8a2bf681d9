using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Avance.Features.Interchange.Bulk;

/// <summary>
/// PostgreSQL: rows stream in by binary COPY, one COPY per table and batch. Ids come from the identity's sequence,
/// which is safe with other sessions writing at the same time.
/// </summary>
internal sealed class PostgresBulkWriter(NpgsqlConnection connection, DbTransaction transaction) : BulkWriter(connection, transaction)
{
    private readonly NpgsqlConnection _connection = connection;

    public override async Task<int[]> AllocateIdsAsync(string table, int count, CancellationToken cancellationToken)
    {
        var ids = new int[count];
        if (count == 0) return ids;
        await using var command = Command(
            $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id'))::integer FROM generate_series(1, {count})");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++) ids[i] = reader.GetInt32(0);
        return ids;
    }

    public override async Task WriteAsync(RowBuffer rows, CancellationToken cancellationToken)
    {
        if (rows.Rows.Count == 0) return;
        var table = rows.Table;
        await using var copy = await _connection.BeginBinaryImportAsync(
            $"COPY \"{table.Name}\" ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows.Rows)
        {
            await copy.StartRowAsync(cancellationToken);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null) await copy.WriteNullAsync(cancellationToken);
                else await Write(copy, row[i]!, table.Columns[i].Type, cancellationToken);
            }
        }
        await copy.CompleteAsync(cancellationToken);
    }

    protected override string TemporaryTableSuffix => " ON COMMIT DROP";

    private static Task Write(NpgsqlBinaryImporter copy, object value, ColumnType type, CancellationToken cancellationToken) => type switch
    {
        ColumnType.Integer => copy.WriteAsync(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken),
        ColumnType.Text => copy.WriteAsync(value is Enum member ? member.ToString() : (string)value, NpgsqlDbType.Text, cancellationToken),
        ColumnType.Number => copy.WriteAsync((decimal)value, NpgsqlDbType.Numeric, cancellationToken),
        ColumnType.Date => copy.WriteAsync((DateOnly)value, NpgsqlDbType.Date, cancellationToken),
        ColumnType.Timestamp => copy.WriteAsync(((DateTimeOffset)value).ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken),
        ColumnType.YesNo => copy.WriteAsync((bool)value, NpgsqlDbType.Boolean, cancellationToken),
        _ => throw new NotSupportedException(type.ToString()),
    };
}
