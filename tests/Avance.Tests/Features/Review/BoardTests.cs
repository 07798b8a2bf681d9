using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Avance.Tests.Infrastructure;
using Avance.Tests.Web.Downloads;

namespace Avance.Tests.Features.Review;

/// <summary>
/// The status board of the demo's open period 2025: PAR-1.1 (SEDENA) one value approved and two submitted, PAR-1.2
/// (SEDENA) missing, PRE-2.1 (INMUJERES) returned, PAR-4.1 (SRE) a draft; activity 1.3.1 submitted, 1.3.2 missing,
/// neither with a responsible agency.
/// </summary>
public sealed class BoardTests
{
    [Theory, Providers]
    public async Task The_coordinator_sees_every_state_per_organisation_and_item_with_the_days_left(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var periodId = await scene.PeriodIdAsync("2025");
        var deadline = (await scene.PeriodAsync(periodId)).Deadline!.Value;

        var page = await PageDocument.GetAsync(client, $"/en/workspace/periods/{periodId}/board");

        Assert.Equal(["INMUJERES", "SEDENA", "SRE", ""], Organisations(page).Keys);
        Assert.Equal("Missing 1 Draft 0 Submitted 2 Returned 0 Approved 1 Published 0", Organisations(page)["SEDENA"]);
        Assert.Equal("Missing 0 Draft 0 Submitted 0 Returned 1 Approved 0 Published 0", Organisations(page)["INMUJERES"]);
        Assert.Equal("Missing 1 Draft 0 Submitted 1 Returned 0 Approved 0 Published 0", Organisations(page)[""]);
        Assert.Equal(
            ["PRE-2.1: Returned: 1", "PAR-1.1: Submitted: 2 · Approved: 1", "PAR-1.2: Missing", "PAR-4.1: Draft: 1", "1.3.1: Submitted: 1", "1.3.2: Missing"],
            Items(page));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal((deadline.DayNumber - today.DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector("[data-days-left]")!.GetAttribute("data-days-left"));
        Assert.Contains("days left", page.QuerySelector("[data-days-left]")!.TextContent);

        var spanish = await PageDocument.GetAsync(client, $"/es/workspace/periods/{periodId}/board");
        Assert.Contains("PAR-1.1: Enviado: 2 · Aprobado: 1", Items(spanish));
        Assert.Contains("quedan", spanish.QuerySelector("[data-days-left]")!.TextContent);
    }

    [Theory, Providers]
    public async Task A_focal_point_sees_their_organisation_only_on_the_page_in_the_api_and_in_the_download(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        var periodId = await scene.PeriodIdAsync("2025");

        var page = await PageDocument.GetAsync(client, $"/en/workspace/periods/{periodId}/board");
        var board = await api.GetFromJsonAsync<JsonElement>($"/api/v1/periods/{periodId}/board");
        var download = await TableFiles.GetAsync(client, $"/en/workspace/periods/{periodId}/board");

        Assert.Equal(["PAR-1.1: Submitted: 2 · Approved: 1", "PAR-1.2: Missing"], Items(page));
        Assert.Equal(["SEDENA"], Organisations(page).Keys);
        Assert.Equal(["PAR-1.1", "PAR-1.2"], board.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(2, board.GetProperty("rows")[0].GetProperty("counts").GetProperty("submitted").GetInt32());
        Assert.Equal(["PAR-1.1", "PAR-1.2"], download.Select(r => r["code"]));
        Assert.Equal(["false", "true"], download.Select(r => r["missing"]));
    }

    [Theory, Providers]
    public async Task The_state_filter_keeps_the_items_with_values_in_that_state_and_the_download_holds_the_same_rows(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var api = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        var periodId = await scene.PeriodIdAsync("2025");
        var board = $"/en/workspace/periods/{periodId}/board";

        var submitted = await PageDocument.GetAsync(client, board + "?state=submitted");
        var missing = await TableFiles.GetAsync(client, board, "?state=missing");

        Assert.Equal(["PAR-1.1", "1.3.1"], submitted.QuerySelectorAll("table[data-table=board] tbody tr").Select(r => r.GetAttribute("data-code")));
        Assert.Contains("state=submitted", submitted.QuerySelector(".downloads a")!.GetAttribute("href"));
        Assert.Equal(["PAR-1.2", "1.3.2"], missing.Select(r => r["code"]));
        Assert.Equal(["Indicator", "Activity"], missing.Select(r => r["kind"]));
        Assert.Equal(["SEDENA", ""], missing.Select(r => r["organisation"]));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(board + "?state=lost")).StatusCode);
        var problem = await api.GetAsync($"/api/v1/periods/{periodId}/board?state=lost");
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Contains("missing, draft, submitted", await problem.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/workspace/periods/999999/board")).StatusCode);
    }

    /// <summary>Each organisation row's counts, as "Missing 0 Draft 0 …", by organisation ("" for none).</summary>
    private static Dictionary<string, string> Organisations(IHtmlDocument page) =>
        page.QuerySelectorAll("table[data-table=board-organisations] tbody tr").ToDictionary(
            row => row.GetAttribute("data-organisation")!,
            row => string.Join(' ', row.QuerySelectorAll("td").Select(td => $"{td.GetAttribute("data-state")} {td.TextContent.Trim()}")));

    private static List<string> Items(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table[data-table=board] tbody tr")
            .Select(row => $"{row.GetAttribute("data-code")}: {row.QuerySelectorAll("td")[^1].TextContent.Trim()}")];
}
