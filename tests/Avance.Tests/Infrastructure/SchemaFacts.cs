using System.Data.Common;
using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Infrastructure;

/// <summary>
/// A database's schema read back as a sorted set of one-line facts (columns, indexes, foreign keys), so two
/// schemas can be compared and their differences printed. EF's migration history and lock tables are left out.
/// </summary>
public static class SchemaFacts
{
    public static async Task<SortedSet<string>> ReadAsync(AvanceDb db)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        return db.IsSqlite() ? await Sqlite(connection) : await Postgres(connection);
    }

    private static async Task<SortedSet<string>> Sqlite(DbConnection connection)
    {
        var facts = new SortedSet<string>();
        // The search migration's FTS5 table and its shadow tables ("SearchIndex…") are engine objects the EF model cannot
        // describe, so EnsureCreated never makes them; the search tests cover them instead.
        var tables = await Rows(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' AND name NOT LIKE 'SearchIndex%'");
        foreach (var table in tables)
        {
            var name = table[0]!;
            if (table[1]!.Contains("AUTOINCREMENT", StringComparison.Ordinal)) facts.Add($"{name} autoincrement");
            foreach (var c in await Rows(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{name}')"))
                facts.Add($"{name}.{c[0]} {c[1]} notnull={c[2]} default={c[3]} pk={c[4]}");
            foreach (var i in await Rows(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{name}')"))
            {
                var columns = await Rows(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                facts.Add($"{name} index {i[0]} unique={i[1]} origin={i[2]} ({string.Join(",", columns.Select(r => r[0]))})");
            }
            foreach (var f in await Rows(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{name}')"))
                facts.Add($"{name}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]}");
        }
        return facts;
    }

    private static async Task<SortedSet<string>> Postgres(DbConnection connection)
    {
        var facts = new SortedSet<string>();
        foreach (var c in await Rows(connection, """
            SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
                   is_nullable, column_default, is_identity, identity_generation
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EF%'
            """))
            facts.Add($"{c[0]}.{c[1]} {c[2]}({c[3]},{c[4]},{c[5]}) nullable={c[6]} default={c[7]} identity={c[8]}/{c[9]}");
        // The search migration's GIN index is on an expression (to_tsvector) the EF model cannot describe; the search
        // tests cover it instead.
        foreach (var i in await Rows(connection,
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EF%' AND indexname <> 'IX_SearchEntries_Words'"))
            facts.Add(i[0]!);
        foreach (var k in await Rows(connection, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"__EF%'
            """))
            facts.Add($"{k[0]} {k[1]} {k[2]}");
        return facts;
    }

    private static async Task<List<string?[]>> Rows(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i)))]);
        return rows;
    }

    /// <summary>"missing: …" for facts only the expected schema has, "extra: …" for facts only the actual one has.</summary>
    public static List<string> Differences(SortedSet<string> expected, SortedSet<string> actual) =>
        [.. expected.Except(actual).Select(f => "missing: " + f), .. actual.Except(expected).Select(f => "extra: " + f)];
}
