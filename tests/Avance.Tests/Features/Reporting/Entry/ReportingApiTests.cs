using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Features.Reporting;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class ReportingApiTests
{
    [Theory, Providers]
    public async Task The_sheet_lists_the_callers_own_indicators_and_activities_with_each_combinations_version(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var versions = await scene.RecordAsync(scene.Officers, ("", 119m));
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);

        var sheet = await Json(await api.GetAsync(scene.Api));

        var indicators = sheet.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(["PAR-1.1", "PAR-1.2"], indicators.Select(i => i.GetProperty("code").GetString()));
        var total = indicators[0].GetProperty("combinations")[0];
        Assert.Equal("", total.GetProperty("key").GetString());
        Assert.Equal(119m, total.GetProperty("value").GetDecimal());
        Assert.Equal(versions[""], total.GetProperty("version").GetInt32());
        Assert.Equal(["sex=female", "sex=male", "sex=other"],
            indicators[0].GetProperty("combinations").EnumerateArray().Skip(1).Select(c => c.GetProperty("key").GetString()));
        Assert.Equal(scene.ActivityId, Assert.Single(sheet.GetProperty("activities").EnumerateArray()).GetProperty("activityId").GetInt32());
    }

    [Theory, Providers]
    public async Task A_focal_point_asking_for_another_organisations_sheet_is_refused(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);

        using var response = await api.GetAsync($"{scene.Api}?organisation={scene.Inmujeres}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, Providers]
    public async Task Saving_then_submitting_through_the_api_follows_the_same_rules_as_the_form(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        var url = $"{scene.Api}/indicators/{scene.Officers}";

        using var saved = await api.PutAsJsonAsync(url, new
        {
            values = new object[] { new { combination = "", value = 119 }, new { combination = "sex=female", value = "36" } },
            narrative = new { es = "Se capacitaron 119 oficiales." },
            newSource = new { title = "Registro de capacitación", url = "https://example.org/registro" },
            sourceDate = scene.SourceDate,
        });
        var entry = await Json(saved);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Draft", entry.GetProperty("state").GetString());

        using var submitted = await api.PostAsJsonAsync($"{url}/submit", new { versions = new[] { new { combination = "", version = 1 } } });

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.All(await scene.MeasurementsAsync(scene.Officers), m => Assert.Equal(MeasurementStatus.Submitted, m.Status));
    }

    [Theory, Providers]
    public async Task Rule_problems_come_back_as_a_validation_problem_with_codes_fields_and_messages_in_both_languages(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        using var response = await api.PutAsJsonAsync($"{scene.Api}/indicators/{scene.Officers}", new
        {
            values = new object[] { new { combination = "", value = 100 }, new { combination = "sex=female", value = 150 } },
            sourceDate = "2999-01-01",
        });

        var problem = await Json(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("suman 150", problem.GetProperty("errors").GetProperty("values[0]")[0].GetString(), StringComparison.Ordinal);
        var codes = problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Equal([ProblemCodes.SumExceedsTotal, ProblemCodes.DateFuture], codes);
        Assert.StartsWith("The values by sex add up to 150", problem.GetProperty("problems")[0].GetProperty("message").GetProperty("en").GetString(),
            StringComparison.Ordinal);
        Assert.Empty(await scene.MeasurementsAsync(scene.Officers));
    }

    [Theory, Providers]
    public async Task A_stale_version_is_a_409_with_the_current_values_and_nothing_is_overwritten(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var versions = await scene.RecordAsync(scene.Officers, ("", 119m));
        await scene.RecordAsync(scene.Officers, ("", 120m));
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);

        using var response = await api.PutAsJsonAsync($"{scene.Api}/indicators/{scene.Officers}",
            new { values = new[] { new { combination = "", value = 125, version = versions[""] } } });

        var problem = await Json(response);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(120m, problem.GetProperty("current")[0].GetProperty("value").GetDecimal());
        Assert.Equal([120m], (await scene.MeasurementsAsync(scene.Officers)).Select(m => m.Value!.Value));
    }

    [Theory, Providers]
    public async Task Another_organisations_indicator_is_refused_before_anything_else_is_looked_at(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.WithDbAsync(async db =>
        {
            var period = await db.ReportingPeriods.FindAsync(scene.PeriodId);
            db.Attach(period!).Entity.Close();
            return await db.SaveChangesAsync();
        });
        using var api = await scene.App.ClientWithTokenAsync(scene.OtherFocalPoint);

        using var other = await api.PutAsJsonAsync($"{scene.Api}/indicators/{scene.Officers}", new { values = new[] { new { combination = "", value = 1 } } });
        using var own = await api.PutAsJsonAsync($"{scene.Api}/indicators/{scene.Judiciary}", new { values = new[] { new { combination = "", value = 1 } } });

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
