using Avance.Features.Audit;
using Avance.Features.Interchange;
using Avance.Features.Interchange.Import;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Interchange;

/// <summary>Importing the same content again changes nothing; a changed activity updates its outcome in place, audited.</summary>
public sealed class IdempotentImportTests
{
    [Theory, Providers]
    public async Task Importing_the_same_file_twice_changes_no_row(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        var first = await scene.ImportAsync(IatiFiles.Undp);
        var afterFirst = await scene.DumpAsync();

        var second = await scene.ImportAsync(IatiFiles.Undp);

        Assert.Equal((92, 0), (first.Created, first.Unchanged));
        Assert.Equal((ImportResult.Imported, 0, 0, 92), (second.Result, second.Created, second.Updated, second.Unchanged));
        Assert.Empty(second.Changes);
        Assert.Equal(afterFirst, await scene.DumpAsync());
    }

    [Theory, Providers]
    public async Task A_changed_activity_updates_its_outcome_in_place_and_the_audit_trail_says_what_changed(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        await scene.ImportAsync(IatiFiles.FoodSecurity);
        var before = await OutcomeAsync(scene, Identifier);
        var counts = await CountsAsync(scene);
        var original = await File.ReadAllTextAsync(IatiFiles.PathOf(IatiFiles.FoodSecurity));
        var changed = IatiFiles.Scratch(ChangeOneBudget(original), IatiFiles.FoodSecurity);

        var report = await scene.ImportPathAsync(changed, IatiFiles.FoodSecurity);

        Assert.Equal((ImportResult.Imported, 0, 1, 3), (report.Result, report.Created, report.Updated, report.Unchanged));
        var change = Assert.Single(report.Changes);
        Assert.Equal((Identifier, ChangeKind.Updated), (change.Identifier, change.Kind));
        Assert.Contains(change.Fields, f => f.Field == "PlannedBudget");
        var after = await OutcomeAsync(scene, Identifier);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Budget + 1000m, after.Budget);
        Assert.Equal(counts, await CountsAsync(scene));
        var audit = await scene.WithDbAsync(db => AuditTrail.For(db, "outcome", before.Id).Where(e => e.Action == "iati.import").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(before.Budget, PlannedBudget(entry.Before));
        Assert.Equal(before.Budget + 1000m, PlannedBudget(entry.After));
    }

    [Theory, Providers]
    public async Task An_activity_with_the_identifier_of_a_demo_outcome_updates_it_and_keeps_the_figures_of_other_sources(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        const string demo = "XM-DAC-41146-MEX_D_1.1";
        var before = await scene.WithDbAsync(db => db.Outcomes.Where(o => o.IatiIdentifier == demo)
            .Select(o => new { o.Id, Notes = o.ProgressNotes.Count, Title = o.Summary.Translations.First(t => t.Language == "en").Value }).SingleAsync());
        var xml = SyntheticActivities.File(SyntheticActivities.Activity(demo))
            .Replace("code=\"BI\"", "code=\"MX\"").Replace("ref=\"XX-TEST\"", "ref=\"XM-DAC-41146\"");

        var report = await scene.ImportPathAsync(IatiFiles.Scratch(xml), "mex.xml");

        Assert.Equal((0, 1), (report.Created, report.Updated));
        var after = await scene.WithDbAsync(db => db.Outcomes.Where(o => o.IatiIdentifier == demo)
            .Select(o => new { o.Id, Notes = o.ProgressNotes.Count, Title = o.Summary.Translations.First(t => t.Language == "en").Value }).SingleAsync());
        Assert.Equal((before.Id, before.Notes), (after.Id, after.Notes));
        Assert.Equal($"Women's networks for peace ({demo})", after.Title);
        var entry = await scene.WithDbAsync(db => AuditTrail.For(db, "outcome", before.Id).SingleAsync(e => e.Action == "iati.import"));
        Assert.Equal(before.Title, System.Text.Json.JsonDocument.Parse(entry.Before!).RootElement.GetProperty("title").GetString());
    }

    private static decimal PlannedBudget(string? json) =>
        System.Text.Json.JsonDocument.Parse(json!).RootElement.GetProperty("plannedBudget").GetDecimal();

    private const string Identifier = "DE-1-202033942-0";

    /// <summary>Adds 1,000 to the first budget of the activity <see cref="Identifier"/>.</summary>
    private static string ChangeOneBudget(string xml)
    {
        var activity = xml.IndexOf($"<iati-identifier>{Identifier}</iati-identifier>", StringComparison.Ordinal);
        var budget = xml.IndexOf("<budget", activity, StringComparison.Ordinal);
        var valueStart = xml.IndexOf('>', xml.IndexOf("<value", budget, StringComparison.Ordinal)) + 1;
        var valueEnd = xml.IndexOf('<', valueStart);
        var amount = decimal.Parse(xml[valueStart..valueEnd], System.Globalization.CultureInfo.InvariantCulture);
        return xml[..valueStart] + (amount + 1000m).ToString(System.Globalization.CultureInfo.InvariantCulture) + xml[valueEnd..];
    }

    private static Task<(int Id, decimal Budget)> OutcomeAsync(InterchangeScene scene, string identifier) =>
        scene.WithDbAsync(async db =>
        {
            var id = await db.Outcomes.Where(o => o.IatiIdentifier == identifier).Select(o => o.Id).SingleAsync();
            var budget = await db.OutcomeResources.Where(r => r.OutcomeId == id).SumAsync(r => r.PlannedBudget ?? 0);
            return (id, budget);
        });

    private static async Task<string> CountsAsync(InterchangeScene scene)
    {
        var tables = new[] { "Outcomes", "ResultIndicators", "ResultIndicatorPeriods", "ResultIndicatorValues", "OutcomeResources", "FundingContributions", "SdgAllocations", "Texts" };
        var counts = new List<string>();
        foreach (var table in tables) counts.Add($"{table}={await scene.CountAsync(table)}");
        return string.Join(", ", counts);
    }
}
