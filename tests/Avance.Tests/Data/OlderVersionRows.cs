using Avance.Data;
using Avance.Domain;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Data;

/// <summary>
/// Rows written with plain SQL as the first schema version stores them (so this keeps working when the model
/// moves on), and the checks that read them back through the current model after an upgrade.
/// </summary>
internal static class OlderVersionRows
{
    public const int SourceCount = 2;

    public static async Task InsertAsync(AvanceDb db)
    {
        var c = db.Database.GetDbConnection();
        if (c.State != System.Data.ConnectionState.Open) await c.OpenAsync();
        var name = await RawSql.InsertAsync(c, "INSERT INTO \"Texts\" DEFAULT VALUES");
        var pillar = await RawSql.InsertAsync(c, "INSERT INTO \"Texts\" DEFAULT VALUES");
        var title = await RawSql.InsertAsync(c, "INSERT INTO \"Texts\" DEFAULT VALUES");
        const string translation = "INSERT INTO \"TextTranslations\" (\"TextId\", \"Language\", \"Value\") VALUES (@p0, @p1, @p2)";
        await RawSql.ExecuteAsync(c, translation, name, "en", "Mexico");
        await RawSql.ExecuteAsync(c, translation, name, "es", "México");
        await RawSql.ExecuteAsync(c, translation, pillar, "es", "Prevención");
        await RawSql.ExecuteAsync(c, translation, title, "fr", "Plan d’action national — révision");

        var source = await RawSql.InsertAsync(c,
            "INSERT INTO \"Sources\" (\"Key\", \"Title\", \"Publisher\", \"Url\", \"PublishedOn\", \"Language\") VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            "profile", "Country profile", "A publisher", "https://example.org/profile", new DateOnly(2021, 6, 22), "en");
        await RawSql.InsertAsync(c, "INSERT INTO \"Sources\" (\"Key\", \"Title\") VALUES (@p0, @p1)", "article", "An article");

        var country = await RawSql.InsertAsync(c,
            "INSERT INTO \"Countries\" (\"Iso2\", \"Iso3\", \"NameId\") VALUES (@p0, @p1, @p2)", "MX", "MEX", name);
        var index = await RawSql.InsertAsync(c,
            "INSERT INTO \"ContextIndexes\" (\"Code\", \"NameId\", \"ValueKind\", \"DisplayOrder\") VALUES (@p0, @p1, @p2, @p3)",
            "global-gender-gap-rank", title, "Rank", 2);
        await RawSql.InsertAsync(c,
            "INSERT INTO \"ContextIndexValues\" (\"CountryId\", \"ContextIndexId\", \"Year\", \"Value\", \"OutOf\", \"SourceId\") VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            country, index, 2020, 25m, 153m, source);
        var plan = await RawSql.InsertAsync(c,
            """
            INSERT INTO "Plans" ("CountryId", "Generation", "Code", "TitleId", "AdoptedOn", "CivilSocietyInDevelopment",
                "CivilSocietyInImplementation", "BudgetArrangement", "BudgetAmount", "CoversDisarmament",
                "Timeframe_StartYear", "Timeframe_ReviewAfterYears")
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)
            """,
            country, 1, "NAP-1325", title, new DateOnly(2021, 1, 11), "NotStated", "Partly", "AgenciesOwnResources", 1234.5678m, true, 2021, 3);
        await RawSql.InsertAsync(c, "INSERT INTO \"Pillars\" (\"PlanId\", \"Number\", \"NameId\") VALUES (@p0, @p1, @p2)", plan, 1, pillar);
    }

    public static async Task AssertIntactAsync(AvanceDb db)
    {
        Assert.Equal(SourceCount, await db.Sources.CountAsync());
        var profile = await db.Sources.SingleAsync(s => s.Key == "profile");
        Assert.Equal(("Country profile", "https://example.org/profile", new DateOnly(2021, 6, 22)), (profile.Title, profile.Url, profile.PublishedOn));

        var country = await db.Countries.Include(x => x.Name).Include(x => x.ContextValues).SingleAsync(x => x.Iso2 == "MX");
        Assert.Equal(("Mexico", "México"), (country.Name.In("en"), country.Name.In("es")));
        var value = Assert.Single(country.ContextValues);
        Assert.Equal((2020, 25m, (decimal?)153m, profile.Id), (value.Year, value.Value, value.OutOf, value.SourceId));

        var plan = await db.Plans.Include(p => p.Title).Include(p => p.Pillars).ThenInclude(p => p.Name).SingleAsync();
        Assert.Equal((1, "NAP-1325", new DateOnly(2021, 1, 11)), (plan.Generation, plan.Code, plan.AdoptedOn));
        Assert.Equal((Involvement.NotStated, Involvement.Partly), (plan.CivilSocietyInDevelopment, plan.CivilSocietyInImplementation));
        Assert.Equal((1234.5678m, true), (plan.BudgetAmount, plan.CoversDisarmament));
        Assert.Equal((2021, (int?)null, 3), (plan.Timeframe.StartYear, plan.Timeframe.EndYear, plan.Timeframe.ReviewAfterYears));
        Assert.Equal("Plan d’action national — révision", plan.Title.In("fr"));
        Assert.Equal("Prevención", Assert.Single(plan.Pillars).Name.In("es"));
    }
}
