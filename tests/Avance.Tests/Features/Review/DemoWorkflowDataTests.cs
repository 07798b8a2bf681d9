using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Review;

/// <summary>The demo's reporting periods: one in each state, so a newcomer finds a full board, loaded without accounts or audit.</summary>
public sealed class DemoWorkflowDataTests
{
    [Theory, Providers]
    public async Task The_demo_plan_has_a_period_in_each_state_and_values_in_each_status(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        app.CreateClient().Dispose();
        await using var db = app.Database.NewContext();

        var periods = await db.ReportingPeriods.OrderBy(p => p.StartsOn).Select(p => new { p.Label, p.State, p.Deadline }).ToListAsync();
        var values = await (
                from m in db.Measurements
                join i in db.Indicators on m.IndicatorId equals i.Id
                join p in db.ReportingPeriods on m.ReportingPeriodId equals p.Id
                select new { p.Label, i.Code, m.Disaggregation, m.Status, m.ReturnReason, m.SourceId })
            .ToListAsync();

        Assert.Equal(["2021 Published", "2022 Published", "2024 Closed", "2025 Open", "2026 Planned"], periods.Select(p => $"{p.Label} {p.State}"));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), periods.Single(p => p.Label == "2025").Deadline);
        Assert.Equal(
            ["PAR-1.1  Approved", "PAR-1.1 sex=female Submitted", "PAR-1.1 sex=male Submitted", "PAR-4.1  Draft", "PRE-2.1  Returned"],
            values.Where(v => v.Label == "2025").Select(v => $"{v.Code} {v.Disaggregation} {v.Status}").Order());
        Assert.DoesNotContain(values, v => v.Label == "2025" && v.Code == "PAR-1.2");
        Assert.All(values.Where(v => v.Label == "2024"), v => Assert.Equal(MeasurementStatus.Approved, v.Status));
        Assert.Contains("6,100", values.Single(v => v.Status == MeasurementStatus.Returned).ReturnReason);
        Assert.All(values.Where(v => v.Label is "2024" or "2025"), v => Assert.Null(v.SourceId));
        Assert.Equal(
            ["2024 Approved", "2025 Submitted"],
            await db.ActivityStatusReports.Join(db.ReportingPeriods, r => r.ReportingPeriodId, p => p.Id, (r, p) => p.Label + " " + r.ReportStatus)
                .OrderBy(s => s).ToListAsync());
        Assert.Empty(await db.AuditEntries.ToListAsync());
        Assert.Empty(await db.Users.Where(Avance.Data.Demo.DemoAccounts.IsReal).ToListAsync());
    }

    [Theory, Providers]
    public async Task The_illustrative_values_say_so_and_none_of_them_is_public(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await using var db = app.Database.NewContext();

        var narratives = await (
                from m in db.Measurements
                join p in db.ReportingPeriods on m.ReportingPeriodId equals p.Id
                where p.State != PeriodState.Published
                select m.Narrative!.Translations.Select(t => t.Language + ": " + t.Value).ToList())
            .ToListAsync();
        var page = await client.GetStringAsync("/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1");

        Assert.Equal(9, narratives.Count);
        Assert.All(narratives, n => Assert.Contains(n, t => t.StartsWith("en: Illustrative value made up for Avance", StringComparison.Ordinal)));
        Assert.All(narratives, n => Assert.Contains(n, t => t.StartsWith("es: Valor ilustrativo", StringComparison.Ordinal)));
        Assert.DoesNotContain("data-period=\"2024\"", page);
        Assert.DoesNotContain("data-period=\"2025\"", page);
        Assert.Contains("Latest published value: 200 (2022)", page);
    }
}
