using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Avance.Tests.Features.Interchange;

/// <summary>The interchange migration adds its tables to a database holding outcomes, and comes off again without loss.</summary>
public sealed class InterchangeMigrationTests
{
    private const string Previous = "20261122000004_AccountsAndWorkflow";

    [Theory, Providers]
    public async Task Upgrading_keeps_the_outcomes_and_down_then_up_again_keeps_them_too(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.NewContext();
        await db.GetService<IMigrator>().MigrateAsync(Previous);
        await db.Database.OpenConnectionAsync();
        var c = db.Database.GetDbConnection();
        var name = await RawSql.InsertAsync(c, "INSERT INTO \"Texts\" DEFAULT VALUES");
        await RawSql.ExecuteAsync(c, "INSERT INTO \"TextTranslations\" (\"TextId\", \"Language\", \"Value\") VALUES (@p0, @p1, @p2)", name, "en", "Burundi");
        var country = await RawSql.InsertAsync(c, "INSERT INTO \"Countries\" (\"Iso2\", \"Iso3\", \"NameId\") VALUES (@p0, @p1, @p2)", "BI", "BDI", name);
        var organisation = await RawSql.InsertAsync(c, "INSERT INTO \"Organisations\" (\"NameId\", \"Kind\", \"IatiIdentifier\") VALUES (@p0, @p1, @p2)",
            name, "UnEntity", "XM-DAC-41146");
        var framework = await RawSql.InsertAsync(c, "INSERT INTO \"ResultsFrameworks\" (\"CountryId\", \"OrganisationId\", \"TitleId\") VALUES (@p0, @p1, @p2)",
            country, organisation, name);
        var outcome = await RawSql.InsertAsync(c,
            "INSERT INTO \"Outcomes\" (\"FrameworkId\", \"IatiIdentifier\", \"SummaryId\", \"Status\", \"DisplayOrder\") VALUES (@p0, @p1, @p2, @p3, @p4)",
            framework, "XM-DAC-41146-BDI_D_4.3", name, "NotAssessed", 1);

        await db.Database.MigrateAsync();
        Assert.Equal(0, await db.Set<Avance.Features.Interchange.OutcomeImport>().CountAsync());
        await db.GetService<IMigrator>().MigrateAsync(Previous);
        Assert.DoesNotContain("20261122000005_Interchange", await db.Database.GetAppliedMigrationsAsync());
        await db.Database.MigrateAsync();

        var kept = await db.Outcomes.SingleAsync();
        Assert.Equal(((int)outcome, "XM-DAC-41146-BDI_D_4.3", (int)framework), (kept.Id, kept.IatiIdentifier, kept.FrameworkId));
    }
}
