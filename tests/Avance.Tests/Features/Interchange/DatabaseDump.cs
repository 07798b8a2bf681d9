using System.Globalization;
using System.Text;
using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Interchange;

/// <summary>Every row of the tables an import touches, as text, to compare a database before and after.</summary>
public static class DatabaseDump
{
    private static readonly string[] Tables =
    [
        "Texts", "TextTranslations", "Sources", "Countries", "Organisations", "ResultsFrameworks", "Outcomes", "OutcomeImports",
        "ResultIndicators", "IatiIndicators", "ResultIndicatorPeriods", "ResultIndicatorValues", "OutcomeResources",
        "FundingContributions", "SdgAllocations", "AuditEntries", "SearchEntries",
    ];

    public static async Task<string> OfAsync(AvanceDb db)
    {
        var dump = new StringBuilder();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join(" | ", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
            }
            rows.Sort(StringComparer.Ordinal);
            dump.AppendLine($"## {table} ({rows.Count})");
            foreach (var row in rows) dump.AppendLine(row);
        }
        return dump.ToString();
    }

    public static async Task<int> CountAsync(AvanceDb db, string table)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
