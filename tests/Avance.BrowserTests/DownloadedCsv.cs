using System.Globalization;
using CsvHelper;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>A CSV file the browser downloaded, read as a spreadsheet would: one dictionary per row, keyed by column name.</summary>
internal static class DownloadedCsv
{
    /// <summary>Clicks the link, captures the file the browser saves and reads it.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> DownloadAsync(ILocator link)
    {
        var path = await DownloadFileAsync(link, ".csv");
        await using var file = File.OpenRead(path);
        return Read(file);
    }

    /// <summary>Clicks the link and returns where the browser saved the file, which must end in <paramref name="extension"/>.</summary>
    public static async Task<string> DownloadFileAsync(ILocator link, string extension)
    {
        var download = await link.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(extension, download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        return await download.PathAsync();
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(Stream content)
    {
        using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        Assert.True(csv.Read() && csv.ReadHeader(), "The CSV has no header row.");
        var columns = csv.HeaderRecord!;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(columns.Select((name, i) => (name, value: csv.GetField(i) ?? string.Empty)).ToDictionary(c => c.name, c => c.value));
        }

        return rows;
    }
}
