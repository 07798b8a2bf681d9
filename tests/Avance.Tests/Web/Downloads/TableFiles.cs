using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Avance.Tests.Web.Downloads;

/// <summary>
/// A table downloaded in all three formats, checked to hold the same rows with the same values in each, and returned as
/// the CSV's rows (every value as the CSV writes it, an empty cell as "").
/// </summary>
internal static class TableFiles
{
    private static readonly DateOnly SerialDayZero = new(1899, 12, 30);

    public static async Task<List<Dictionary<string, string>>> GetAsync(HttpClient client, string path, string query = "")
    {
        var csv = DownloadedFile.Csv(await BytesAsync(client, $"{path}.csv{query}"));
        var xlsx = DownloadedFile.Xlsx(await BytesAsync(client, $"{path}.xlsx{query}"));
        var json = DownloadedFile.Json(await BytesAsync(client, $"{path}.json{query}"));

        Assert.Equal(csv.Count, xlsx.Count);
        Assert.Equal(csv.Count, json.Count);
        for (var i = 0; i < csv.Count; i++)
            foreach (var (column, value) in csv[i])
            {
                Assert.True(value == JsonText(json[i].GetProperty(column)), $"{path} row {i} {column}: CSV {value}, JSON {json[i].GetProperty(column)}");
                var cell = xlsx[i].GetValueOrDefault(column);
                Assert.True(value == XlsxText(cell, value), $"{path} row {i} {column}: CSV {value}, XLSX {cell}");
            }
        return csv;
    }

    private static async Task<byte[]> BytesAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}: {response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string JsonText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    /// <summary>A date is a numbered day in a workbook; the CSV's ISO date says which to expect.</summary>
    private static string XlsxText(object? cell, string csv) => cell switch
    {
        null => "",
        bool flag => flag ? "true" : "false",
        decimal day when DateOnly.TryParseExact(csv, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
            SerialDayZero.AddDays((int)day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString()!,
    };
}
