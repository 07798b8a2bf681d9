using System.Net;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Web.Downloads;

public sealed class ProgrammeDownloadTests
{
    private const string Mucpaz = "/en/countries/mx/programmes/mucpaz";

    [Theory, Providers]
    public async Task Figures_InEveryFormat_Have2021NetworksFromBothSources_217And80(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var rows = await TableFiles.GetAsync(client, Mucpaz + "/figures");

        var networks = rows.Where(r => r["year"] == "2021" && r["metric"] == "Networks" && r["state_code"] == "").ToList();
        Assert.Contains(networks, r => r["value"] == "217" && r["source_key"] == "seed-004" && r["channel"] == "FORTASEG");
        Assert.Contains(networks, r => r["value"] == "80" && r["source_key"] == "seed-001" && r["channel"] == "");
        Assert.Contains(rows, r => r["metric"] == "Members" && r["value"] == "1500" && r["is_lower_bound"] == "true");
        Assert.All(rows, r => Assert.Equal("MUCPAZ", r["programme_code"]));
        Assert.Equal(rows.Select(r => r["year"]).Distinct(), rows.Select(r => r["year"]).Distinct().OrderDescending());
        Assert.Equal(rows, await TableFiles.GetAsync(client, "/en/countries/mx/programmes/figures"));
    }

    [Theory, Providers]
    public async Task Figures_WithThePagesFilters_HoldWhatItsTablesShow(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var national = await PageDocument.GetAsync(client, Mucpaz + "?year=2021");
        var byState = await PageDocument.GetAsync(client, Mucpaz + "?year=2023&metric=presence");
        var nationalRows = await TableFiles.GetAsync(client, Mucpaz + "/figures", "?year=2021&state=national");
        var presenceRows = await TableFiles.GetAsync(client, Mucpaz + "/figures", "?year=2023&metric=presence");

        Assert.Equal(national.QuerySelectorAll("table[data-table=national-figures] tbody tr")
                .Select(tr => (tr.GetAttribute("data-value"), tr.GetAttribute("data-source"))),
            nationalRows.Select(r => ((string?)r["value"], (string?)r["source_key"])));
        Assert.Equal(byState.QuerySelectorAll("table[data-table=state-figures] tr[data-state]").Select(tr => tr.GetAttribute("data-state")),
            presenceRows.Where(r => r["state_code"] != "").Select(r => r["state_code"]));
        Assert.All(presenceRows, r => Assert.Equal(("2023", "Presence"), (r["year"], r["metric"])));
    }

    [Theory, Providers]
    public async Task Figures_InSpanish_WithABadFilter_Are400_ExplainedInSpanish(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        foreach (var (query, explanation) in new[]
                 {
                     ("?metric=redes", "networks, members"), ("?year=dos-mil", "1900"), ("?state=99", "national"),
                 })
        {
            var response = await client.GetAsync($"/es/countries/mx/programmes/mucpaz/figures.csv{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Content.Headers.ContentDisposition);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"es\"", page);
            Assert.Contains(explanation, page);
        }
    }

    [Theory, Providers]
    public async Task UnknownProgramme_Is404_InEveryFormat(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        foreach (var path in new[] { "mx/programmes/nope/figures", "zz/programmes/mucpaz/figures", "zz/programmes/figures" })
            foreach (var extension in new[] { "csv", "xlsx", "json" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/en/countries/{path}.{extension}")).StatusCode);
    }
}
