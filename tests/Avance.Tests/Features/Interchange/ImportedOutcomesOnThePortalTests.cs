using System.Text.RegularExpressions;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Interchange;

/// <summary>Imported outcomes appear on the existing public pages, with their indicators and figures.</summary>
public sealed partial class ImportedOutcomesOnThePortalTests
{
    [Theory, Providers]
    public async Task UN_Women_outcomes_show_under_their_country_with_baselines_targets_and_actuals(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        await scene.ImportAsync(IatiFiles.UnWomenFao, lenient: true);
        var client = scene.App.CreateClient();

        var list = await client.GetStringAsync("/en/countries/bi/results");
        var outcomeId = await scene.WithDbAsync(db => db.Outcomes.Where(o => o.IatiIdentifier == "XM-DAC-41146-BDI_D_4.3").Select(o => o.Id).SingleAsync());
        var outcome = await client.GetStringAsync($"/en/countries/bi/results/{outcomeId}");
        var spanish = await client.GetStringAsync($"/es/countries/bi/results/{outcomeId}");

        Assert.Contains("XM-DAC-41146-BDI_D_4.3", list);
        Assert.Contains("Women and girls participate in and benefit from socio-economic recovery opportunities", outcome);
        var row = IndicatorRow(outcome, "Number of micro finance/banks institutions implementing traditional and innovative financing products");
        // Baseline 1 in 2019; target 4 and actual 4 for 2020; the file cited as the source.
        Assert.Contains("1 (2019)", row);
        Assert.Equal(2, Regex.Matches(row, @">\s?4\s?</td>").Count);
        Assert.Contains(IatiFiles.UnWomenFao, row);
        Assert.Contains("XM-DAC-41146-BDI_D_4.3", spanish);
        Assert.DoesNotContain("⟦", outcome + spanish + list);
    }

    private static string IndicatorRow(string page, string indicator)
    {
        var start = page.IndexOf(indicator, StringComparison.Ordinal);
        Assert.True(start >= 0, $"indicator not on the page: {indicator}");
        var end = page.IndexOf("</tr>", start, StringComparison.Ordinal);
        return Whitespace().Replace(page[start..end], " ");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
