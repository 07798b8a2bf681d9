using Avance.Features.Interchange.Import;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Interchange;

/// <summary>Files imported at the same time both arrive, even when they create the same country, publisher and framework.</summary>
public sealed class ConcurrentImportTests
{
    [Theory, Providers]
    public async Task Two_files_naming_the_same_new_country_and_publisher_both_import_when_run_at_once(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        var files = Enumerable.Range(1, 2)
            .Select(n => IatiFiles.Scratch(SyntheticActivities.File(
                SyntheticActivities.Activity($"XX-TEST-A{n}"), SyntheticActivities.Activity($"XX-TEST-B{n}")), $"file-{n}.xml"))
            .ToList();

        var reports = await Task.WhenAll(files.Select(path => Task.Run(() => scene.ImportPathAsync(path, Path.GetFileName(path)))));

        Assert.All(reports, r => Assert.Equal((ImportResult.Imported, 2), (r.Result, r.Created)));
        var (countries, frameworks, outcomes) = await scene.WithDbAsync(async db => (
            await db.Countries.CountAsync(c => c.Iso2 == "BI"),
            await db.ResultsFrameworks.CountAsync(f => db.Organisations.Any(o => o.Id == f.OrganisationId && o.IatiIdentifier == "XX-TEST")),
            await db.Outcomes.CountAsync(o => o.IatiIdentifier!.StartsWith("XX-TEST-"))));
        Assert.Equal((1, 1, 4), (countries, frameworks, outcomes));
    }
}
