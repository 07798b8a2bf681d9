using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Indicators;

public sealed partial class IndicatorPageTests
{
    private const string Officers = "/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1";

    [Theory, Providers]
    public async Task DemoIndicator_ShowsDefinitionPublishedValuesWithSourcesAndNoDataStatus(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await app.CreateClient().GetStringAsync("/en/countries/mx/plans/nap-1325/indicators/par-1.1");

        Assert.Contains("<html lang=\"en\"", page);
        Assert.Contains("Officers of the security institutions trained", page);
        Assert.Contains("Participation, objective 1", page);
        Assert.Contains("officers trained", page);
        Assert.Contains("An illustrative indicator defined by Avance", page);
        Assert.Contains("data-status=\"NoData\">No data", page);
        Assert.Contains("data-rule=\"NoTarget\"", page);
        Assert.Contains("Latest published value: 200 (2022)", page);
        Assert.Contains("data-period=\"2021\" data-disaggregation=\"\"", page);
        Assert.Contains("UN Women Mexico — outcome progress notes", page);
        Assert.Contains("200 is a lower bound", page);
        Assert.Contains("data-not-reported=\"Sex\">No values by sex have been published yet.", page);
        Assert.Contains("No targets are stated in the sources.", page);
        Assert.DoesNotContain("⟦", page);
    }

    [Theory, Providers]
    public async Task DemoIndicator_ChartsTheTotalsWithTheMatchingDataTable(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await app.CreateClient().GetStringAsync(Officers);

        var chart = Svg(page, "chart-total");
        Assert.Equal("img", chart.Attribute("role")!.Value);
        Assert.Equal("2021: Total 119; 2022: Total 200.", chart.Element(XName.Get("desc", "http://www.w3.org/2000/svg"))!.Value);
        Assert.Contains("<caption>PAR-1.1: published values by period</caption>", page);
    }

    [Theory, Providers]
    public async Task Spanish_ShowsSpanishTextAndNumbers(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var judiciary = await client.GetStringAsync("/es/countries/mx/plans/NAP-1325/indicators/PRE-2.1");
        var share = await client.GetStringAsync("/es/countries/mx/plans/NAP-1325/indicators/PAR-1.2");

        Assert.Contains("<html lang=\"es\"", judiciary);
        Assert.Contains("5.585", judiciary);
        Assert.Contains("56 % mujeres", judiciary);
        Assert.Contains("Sin datos", judiciary);
        Assert.Contains("Prevención, objetivo 2", judiciary);
        Assert.Contains("30 %", share);
        Assert.Contains("Porcentaje", share);
        Assert.DoesNotContain("⟦", judiciary + share);
    }

    [Theory, Providers]
    public async Task WithBaselineTargetAndValuesBySex_ChartsWomenAgainstTheTotalAndIsOnTrack(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await IndicatorTestData.AddTargetAndBaselineAsync(app.Database);
        await IndicatorTestData.AddSexValuesAsync(app.Database);

        var page = await client.GetStringAsync(Officers);

        Assert.Contains("data-status=\"OnTrack\">On track", page);
        Assert.Contains("On a straight path to the target of 300 in 2024, 200 was expected by the latest value", page);
        Assert.Contains("100 in 2020", page);
        Assert.Contains("Trained by 2024", page);
        var chart = Svg(page, "chart-sex");
        Assert.Equal("2021: Total 119, Women –; 2022: Total 200, Women 60.", chart.Element(XName.Get("desc", "http://www.w3.org/2000/svg"))!.Value);
        Assert.Contains("data-disaggregation=\"sex=female\"", page);
        Assert.Contains("sex: Women", page);
        Assert.DoesNotContain("data-not-reported", page);
    }

    [Theory, Providers]
    public async Task UnpublishedValues_AndValuesOfUnpublishedPeriods_AreNeverShown(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await IndicatorTestData.AddSexValuesAsync(app.Database);

        var page = await client.GetStringAsync(Officers);

        Assert.DoesNotContain("sex=male", page);
        Assert.DoesNotContain("male 140", page);
        Assert.DoesNotContain("data-period=\"2023\"", page);
        Assert.DoesNotContain("female 45", page);
        Assert.Contains("female 60", page);
    }

    [Theory, Providers]
    public async Task FrameworkLinks_ShowCodeAndTitle(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await IndicatorTestData.AddSdgLinkAsync(app.Database);

        var english = await client.GetStringAsync(Officers);
        var spanish = await client.GetStringAsync("/es/countries/mx/plans/NAP-1325/indicators/PAR-1.1");

        Assert.Contains("data-framework=\"Sdg\"", english);
        Assert.Contains("5.5.1</span> — Proportion of seats held by women", english);
        Assert.Contains("Indicador de los ODS", spanish);
        Assert.Contains("Proporción de escaños", spanish);
    }

    [Theory]
    [InlineData("/en/countries/mx/plans/NAP-1325/indicators/XX-9")]
    [InlineData("/en/countries/mx/plans/NAP-9/indicators/PAR-1.1")]
    [InlineData("/en/countries/zz/plans/NAP-1325/indicators/PAR-1.1")]
    public async Task UnknownIndicatorPlanOrCountry_Is404(string path)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    private static XElement Svg(string page, string id)
    {
        var match = SvgPattern().Matches(page).Single(m => m.Value.Contains($"aria-labelledby=\"{id}-title"));
        return XElement.Parse(match.Value);
    }

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();
}
