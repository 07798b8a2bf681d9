using System.Net;
using System.Text.Json;
using Avance.Features.Indicators;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Authoring;

public sealed class IndicatorFormTests
{
    [Theory, Providers]
    public async Task An_indicator_is_added_with_targets_disaggregations_and_global_links_then_a_target_is_cleared(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var (plan, _, objective) = await scene.DraftPlanAsync(await scene.ApiAsync());
        var agency = await scene.App.OrganisationIdAsync(Avance.Domain.OrganisationKind.GovernmentAgency);
        using var client = await scene.PagesAsync();

        using var added = await FormFields.SubmitAsync(client, $"/en/workspace/plans/{plan}/indicators/new", f =>
        {
            f["Form.Code"] = "PRE-1.1";
            f["Form.Wording.En"] = "Share of women among police officers trained";
            f["Form.Wording.Es"] = "Porcentaje de mujeres entre los policías capacitados";
            f["Form.ObjectiveId"] = objective.ToString();
            (f["Form.Type"], f["Form.Direction"], f["Form.Periodicity"]) = ("Percentage", "Increase", "Annual");
            (f["Form.BaselineValue"], f["Form.BaselineYear"]) = ("22.5", "2024");
            (f["Form.Targets[0].Year"], f["Form.Targets[0].Value"]) = ("2026", "30");
            (f["Form.Targets[1].Year"], f["Form.Targets[1].Value"]) = ("2028", "40");
            f["Form.ResponsibleOrganisationId"] = agency.ToString();
            f.Add("Form.Disaggregations", "State");
            f.Add("Form.Disaggregations", "AgeGroup");
            (f["Form.SdgIndicators"], f["Form.Resolution1325Indicators"]) = ("5.5.1, 16.7.1", "12");
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var indicator = await Load(scene, plan, "PRE-1.1");
        Assert.Equal((IndicatorType.Percentage, 22.5m, 2024, agency), (indicator.Type, indicator.BaselineValue, indicator.BaselineYear, indicator.ResponsibleOrganisationId));
        Assert.Equal([(2026, 30m), (2028, 40m)], indicator.Targets.OrderBy(t => t.Year).Select(t => (t.Year, t.Value!.Value)));
        Assert.Equal([DisaggregationDimension.AgeGroup, DisaggregationDimension.State], indicator.Disaggregations.Select(d => d.Dimension).Order());
        Assert.Equal(["Resolution1325 12", "Sdg 16.7.1", "Sdg 5.5.1"],
            indicator.FrameworkLinks.Select(l => $"{l.GlobalIndicator!.Framework} {l.GlobalIndicator.Code}").Order(StringComparer.Ordinal));
        var title = await scene.WithDbAsync(db => db.GlobalIndicators.Where(g => g.Code == "5.5.1").Select(g => g.Title.In("es")).SingleAsync());
        Assert.StartsWith("Proporción de escaños ocupados por mujeres", title);

        var targetId = indicator.Targets.Single(t => t.Year == 2026).Id;
        using var cleared = await FormFields.SubmitAsync(client, $"/en/workspace/plans/{plan}/indicators/{indicator.Id}", f =>
        {
            (f["Form.Targets[1].Year"], f["Form.Targets[1].Value"]) = ("", "");
            f["Form.SdgIndicators"] = "5.5.1";
        });
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        var after = await Load(scene, plan, "PRE-1.1");
        Assert.Equal(targetId, Assert.Single(after.Targets).Id);
        Assert.Equal(2, after.FrameworkLinks.Count);
        var update = (await scene.HistoryAsync("indicator", indicator.Id))[^1];
        Assert.Equal("indicator.update", update.Action);
        Assert.Equal(2, JsonDocument.Parse(update.Before!).RootElement.GetProperty("targets").GetArrayLength());
        Assert.Equal(1, JsonDocument.Parse(update.After!).RootElement.GetProperty("targets").GetArrayLength());
    }

    [Theory, Providers]
    public async Task Values_that_make_no_sense_for_the_indicator_are_explained_by_row_in_both_languages(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var plan = await scene.DemoPlanIdAsync();
        var objective = await scene.WithDbAsync(db => db.StrategicObjectives.Select(o => o.Id).FirstAsync());
        using var client = await scene.PagesAsync();

        void Wrong(FormFields f)
        {
            (f["Form.Code"], f["Form.Wording.En"], f["Form.ObjectiveId"]) = ("par-1.1", "Share trained", objective.ToString());
            (f["Form.Type"], f["Form.Direction"], f["Form.Periodicity"]) = ("Percentage", "Increase", "Annual");
            (f["Form.Targets[0].Year"], f["Form.Targets[0].Value"]) = ("2026", "130");
            (f["Form.Targets[1].Year"], f["Form.Targets[1].Value"]) = ("2026", "40");
            f["Form.SdgIndicators"] = "5.5.9";
            f["Form.BaselineValue"] = "20";
        }
        using var english = await FormFields.SubmitAsync(client, $"/en/workspace/plans/{plan}/indicators/new", Wrong);
        using var spanish = await FormFields.SubmitAsync(client, $"/es/workspace/plans/{plan}/indicators/new", Wrong);

        var en = await english.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("Code: another indicator of this plan already has the code “par-1.1”.", en);
        Assert.Contains("Target row 1, value must be between 0 and 100.", en);
        Assert.Contains("Target row 2, year: there is already a target for 2026.", en);
        Assert.Contains("SDG indicators: “5.5.9” is not an SDG indicator code.", en);
        Assert.Contains("Baseline year: give the year of the baseline value.", en);
        Assert.Contains("id=\"f-Targets-0-Value\" name=\"Form.Targets[0].Value\" value=\"130\"", en);
        var es = await spanish.Content.ReadAsStringAsync();
        Assert.Contains("Fila 1 de metas, valor debe estar entre 0 y 100.", es);
        Assert.Contains("Indicadores ODS: «5.5.9» no es un código de indicador ODS.", es);
        Assert.Equal(4, await scene.WithDbAsync(db => db.Indicators.CountAsync()));
    }

    [Theory, Providers]
    public async Task An_indicator_with_reported_values_is_not_removed(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var plan = await scene.DemoPlanIdAsync();
        var (indicator, values) = await scene.WithDbAsync(async db =>
        {
            var id = await db.Indicators.Where(i => i.Code == "PAR-1.1").Select(i => i.Id).SingleAsync();
            return (id, await db.Measurements.CountAsync(m => m.IndicatorId == id));
        });
        using var client = await scene.PagesAsync();

        using var refused = await FormFields.SubmitAsync(client, $"/en/workspace/plans/{plan}/indicators/{indicator}", _ => { },
            $"/en/workspace/plans/{plan}/indicators/{indicator}?handler=remove");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"This indicator has reported values ({values}); what was reported is never deleted", await refused.Content.ReadAsStringAsync());
        Assert.True(values > 0);
        Assert.Equal(values, await scene.WithDbAsync(db => db.Measurements.CountAsync(m => m.IndicatorId == indicator)));
    }

    private static Task<Indicator> Load(AuthoringScene scene, int plan, string code) =>
        scene.WithDbAsync(db => db.Indicators.Include(i => i.Targets).Include(i => i.Disaggregations)
            .Include(i => i.FrameworkLinks).ThenInclude(l => l.GlobalIndicator).AsSplitQuery()
            .SingleAsync(i => i.PlanId == plan && i.Code == code));
}
