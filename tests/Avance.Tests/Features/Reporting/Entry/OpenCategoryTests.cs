using System.Net;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Reporting.Entry;

/// <summary>Institutions and municipalities are named by whoever reports them: the form offers empty rows to add them.</summary>
public sealed class OpenCategoryTests
{
    [Theory, Providers]
    public async Task A_new_institution_typed_into_an_empty_row_is_saved_and_listed_next_time(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var forums = await scene.WithDbAsync(db => db.Indicators.Where(i => i.Code == "PAR-4.1").Select(i => i.Id).SingleAsync());
        using var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var page = scene.IndicatorPage(forums);
        var form = await client.GetStringAsync(page);
        Assert.Contains("name=\"Values[1].NewDimension\" value=\"Institution\"", form, StringComparison.Ordinal);

        using var saved = await client.PostFormAsync(page, new()
        {
            ["Values[0].Combination"] = "", ["Values[0].Raw"] = "7", ["Values[0].Version"] = "0",
            ["Values[1].NewDimension"] = "Institution", ["Values[1].NewCategory"] = "Secretaría de Marina", ["Values[1].Raw"] = "3", ["Values[1].Version"] = "0",
            ["Values[2].NewDimension"] = "Institution", ["Values[2].NewCategory"] = "", ["Values[2].Raw"] = "", ["Values[2].Version"] = "0",
        }, page + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["", "institution=Secretaría de Marina"], (await scene.MeasurementsAsync(forums)).Select(m => m.Disaggregation.ToString()).Order());
        Assert.Contains("Institution: Secretaría de Marina", await client.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_value_for_an_unnamed_institution_is_refused_at_its_row(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var forums = await scene.WithDbAsync(db => db.Indicators.Where(i => i.Code == "PAR-4.1").Select(i => i.Id).SingleAsync());
        using var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var page = scene.IndicatorPage(forums, "es");

        using var response = await client.PostFormAsync(page, new()
        {
            ["Values[0].Combination"] = "", ["Values[0].Raw"] = "7", ["Values[0].Version"] = "0",
            ["Values[1].NewDimension"] = "Institution", ["Values[1].NewCategory"] = " ", ["Values[1].Raw"] = "3", ["Values[1].Version"] = "0",
        }, page + "?handler=Save");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Escriba el nombre (institución).", html, StringComparison.Ordinal);
        Assert.Matches("id=\"value-1\"[^>]*value=\"3\"[^>]*aria-invalid=\"true\"", html);
        Assert.Empty(await scene.MeasurementsAsync(forums));
    }
}
