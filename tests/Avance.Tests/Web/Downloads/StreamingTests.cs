using System.Data;
using System.Globalization;
using Avance.Tests.Infrastructure;
using Avance.Web.Downloads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Web.Downloads;

public sealed class StreamingTests
{
    /// <summary>
    /// Tables that put their rows in order or add them up after reading them all, each for the reason given in its query:
    /// organisations sort by their names in the reader's language, strategic plan levels sort by rank while stored by name,
    /// yearly funding totals are sums SQLite cannot make in SQL. Each holds a few rows of one plan or outcome.
    /// </summary>
    private static readonly string[] ReadWholeFirst = ["plan-organisations", "funding-by-year", "strategic-plan"];

    [Theory, Providers]
    public async Task EveryTable_GivesItsFirstRow_WhileItsQueryIsStillReadingTheRest(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        _ = app.CreateClient();
        var justice = await EveryTableData.AddAsync(app);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            foreach (var table in CountryTables.Mapped)
            {
                await using var db = app.Database.NewContext();
                var request = new DownloadRequest(Address(table.Pattern, justice), db, QueryCollection.Empty, CancellationToken.None);
                var rows = (await table.Table.RecordsAsync(request)).Rows;
                Assert.True(rows is not null, $"{table.Pattern} found nothing");

                await using var reader = rows.GetAsyncEnumerator();
                Assert.True(await reader.MoveNextAsync(), $"{table.Pattern} has no rows");
                var stillReading = db.Database.GetDbConnection().State == ConnectionState.Open;
                Assert.True(stillReading != ReadWholeFirst.Contains(table.Table.Name),
                    $"{table.Pattern}: the query was {(stillReading ? "still" : "no longer")} reading after the first row");
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static DefaultHttpContext Address(string pattern, int outcomeId)
    {
        var context = new DefaultHttpContext();
        context.Request.RouteValues = new RouteValueDictionary
        {
            ["lang"] = "en",
            ["iso2"] = "mx",
            ["code"] = pattern.Contains("/programmes/{code}", StringComparison.Ordinal) ? "mucpaz" : "NAP-1325",
            ["indicatorCode"] = "PAR-1.1",
            ["outcomeId"] = outcomeId.ToString(CultureInfo.InvariantCulture),
        };
        return context;
    }
}
