using Avance.Data;
using Avance.Data.Demo;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Data;

public sealed class VersioningTests
{
    [Theory, Providers]
    public async Task A_save_from_an_older_version_is_refused_and_the_newer_change_kept(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await database.MigrateAsync();
        await using (var db = database.NewContext()) await MexicoDemoData.LoadAsync(db, CancellationToken.None);

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var mine = await first.Plans.AsTracking().SingleAsync();
        var theirs = await second.Plans.AsTracking().SingleAsync();
        Assert.Equal(0, mine.Version);

        theirs.BudgetAmount = 1000m;
        await second.SaveChangesAsync();
        Assert.Equal(1, theirs.Version);

        first.ExpectVersion(mine, 0);
        mine.BudgetAmount = 5m;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());

        await using var check = database.NewContext();
        var stored = await check.Plans.SingleAsync();
        Assert.Equal(1000m, stored.BudgetAmount);
        Assert.Equal(1, stored.Version);
    }
}
