using System.Data.Common;

namespace Avance.Tests.Infrastructure;

/// <summary>Plain SQL on an open connection, for tests that must write rows as an older schema had them.</summary>
public static class RawSql
{
    public static async Task<long> InsertAsync(DbConnection connection, string sql, params object?[] values)
    {
        await using var command = Command(connection, sql + " RETURNING \"Id\"", values);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql, params object?[] values)
    {
        await using var command = Command(connection, sql, values);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(DbConnection connection, string sql, params object?[] values)
    {
        await using var command = Command(connection, sql, values);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Values are bound to @p0, @p1 … in order.</summary>
    private static DbCommand Command(DbConnection connection, string sql, object?[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
