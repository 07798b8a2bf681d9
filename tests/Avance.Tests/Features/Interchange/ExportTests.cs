using System.Globalization;
using System.Net;
using Avance.Features.Interchange.Export;
using Avance.Features.Interchange.Import;
using Avance.Iati.Reading;
using Avance.Iati.Validation;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Interchange;

/// <summary>The IATI export: valid 2.03 for the demo data and for imported publishers' data, streamed from the API.</summary>
public sealed class ExportTests
{
    [Theory, Providers]
    public async Task Mexico_demo_data_exports_as_valid_IATI_with_the_plan_and_its_published_values(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);

        var xml = await ExportAsync(scene, "mx");

        Assert.Empty(Errors(xml));
        var activities = IatiActivityReader.ReadAll(new MemoryStream(xml)).ToList();
        var plan = activities.First();
        Assert.Equal("AVANCE-NAP-1325", plan.Identifier);
        var published = await scene.WithDbAsync(db => db.Measurements.CountAsync(m => m.Status == Avance.Features.Reporting.MeasurementStatus.Published
            && db.ReportingPeriods.Any(p => p.Id == m.ReportingPeriodId && p.State == Avance.Features.Reporting.PeriodState.Published)));
        Assert.Equal(published, plan.Results.SelectMany(r => r.Indicators).SelectMany(i => i.Periods).Sum(p => p.Actuals.Count));
        var outcomes = await scene.WithDbAsync(db => Avance.Features.Results.ResultsQueries.CountryOutcomes(db, "mx").CountAsync());
        Assert.Equal(1 + outcomes, activities.Count);
        var funded = await scene.WithDbAsync(db => db.Outcomes.Where(o => db.FundingContributions.Any(c => c.OutcomeId == o.Id))
            .Select(o => new { o.Id, o.IatiIdentifier, Contributions = db.FundingContributions.Count(c => c.OutcomeId == o.Id) }).SingleAsync());
        // An outcome published without an IATI identifier gets one built from its publisher, country and id.
        var identifier = funded.IatiIdentifier ?? $"XM-DAC-41146-MX-OUTCOME-{funded.Id}";
        Assert.Equal(funded.Contributions, activities.Single(a => a.Identifier == identifier).Transactions.Count);
    }

    [Theory, Providers]
    public async Task Imported_files_round_trip_into_valid_IATI_for_every_country_they_touch(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        await scene.ImportAsync(IatiFiles.UnWomenFao, lenient: true);
        await scene.ImportAsync(IatiFiles.DutchNgos, lenient: true);
        await scene.ImportAsync(IatiFiles.Undp);
        await scene.ImportAsync(IatiFiles.FoodSecurity);
        var countries = await scene.WithDbAsync(db => db.Countries.Select(c => c.Iso2).OrderBy(c => c).ToListAsync());

        var exported = 0;
        foreach (var country in countries)
        {
            var xml = await ExportAsync(scene, country);
            Assert.True(Errors(xml).Count == 0, $"{country}: {string.Join("\n", Errors(xml).Take(3))}");
            exported += IatiActivityReader.ReadAll(new MemoryStream(xml)).Count();
        }
        Assert.Equal(4 + 78 + 84 + 92 + 10 + 1, exported);
    }

    [Theory, Providers]
    public async Task An_exported_file_imports_again_with_the_same_indicators_and_values(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        await scene.ImportAsync(IatiFiles.UnWomenFao, lenient: true);
        var xml = await ExportAsync(scene, "bi");
        await using var fresh = await InterchangeScene.StartAsync(provider);

        var report = await fresh.ImportPathAsync(IatiFiles.Scratch(xml, "bi.xml"), "bi.xml");

        Assert.Equal(ImportResult.Imported, report.Result);
        var original = await IndicatorFiguresAsync(scene);
        Assert.NotEmpty(original);
        Assert.Equal(original, await IndicatorFiguresAsync(fresh));
    }

    [Fact]
    public async Task The_API_streams_the_file_and_answers_404_for_an_unknown_country()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();

        using var response = await client.GetAsync("/api/v1/countries/mx/iati.xml");
        using var unknown = await client.GetAsync("/api/v1/countries/zz/iati.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Errors(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<byte[]> ExportAsync(InterchangeScene scene, string iso2)
    {
        await using var scope = scene.App.Services.CreateAsyncScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<IatiExporter>().WriteAsync(output, iso2, CancellationToken.None);
        return output.ToArray();
    }

    private static List<string> Errors(byte[] xml) =>
        [.. new IatiSchemaValidator().Validate(new MemoryStream(xml), "export.xml", CultureInfo.GetCultureInfo("en")).Errors.Select(e => $"{e.Line}: {e.Message}")];

    /// <summary>Every Burundi indicator period as "outcome | indicator | start | target | actual", sorted.</summary>
    private static Task<List<string>> IndicatorFiguresAsync(InterchangeScene scene) =>
        scene.WithDbAsync(async db =>
        {
            var rows = await (from p in db.ResultIndicatorPeriods
                              join i in db.ResultIndicators on p.ResultIndicatorId equals i.Id
                              join o in Avance.Features.Results.ResultsQueries.CountryOutcomes(db, "bi") on i.OutcomeId equals o.Id
                              select new { o.IatiIdentifier, Title = i.Title.Translations.Select(t => t.Value).FirstOrDefault(), p.Start, p.Target, p.Actual })
                .ToListAsync();
            return rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.IatiIdentifier} | {r.Title} | {r.Start} | {r.Target:0.####} | {r.Actual:0.####}"))
                .Order(StringComparer.Ordinal).ToList();
        });
}
