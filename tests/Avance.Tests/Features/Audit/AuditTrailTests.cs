using Avance.Data;
using Avance.Features.Audit;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Audit;

public sealed class AuditTrailTests
{
    [Theory, Providers]
    public async Task Entries_are_recorded_with_before_after_and_reason_and_read_back_per_item(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await database.MigrateAsync();
        await using (var db = database.NewContext())
        {
            var at = new DateTimeOffset(2026, 11, 22, 8, 30, 0, TimeSpan.Zero);
            AuditTrail.Record(db, null, at, "measurement.record", "measurement", 7, new { Value = 10m }, new { Value = 12m }, "typo in the report");
            AuditTrail.Record(db, null, at.AddMinutes(1), "measurement.submit", "measurement", 7, null, new { Status = "Submitted" });
            AuditTrail.Record(db, null, at, "plan.update", "plan", 7, null, new { Code = "NAP" });
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var history = await AuditTrail.For(read, "measurement", 7).ToListAsync();
        Assert.Equal(["measurement.record", "measurement.submit"], history.Select(e => e.Action));
        Assert.Equal("""{"value":10}""", history[0].Before);
        Assert.Equal("""{"value":12}""", history[0].After);
        Assert.Equal("typo in the report", history[0].Reason);
        Assert.Equal(AuditTrail.SystemActor, history[0].Actor);
    }

    [Theory, Providers]
    public async Task The_application_refuses_to_change_or_delete_an_entry(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await database.MigrateAsync();
        await using (var db = database.NewContext())
        {
            AuditTrail.Record(db, null, DateTimeOffset.UtcNow, "plan.update", "plan", 1, null, new { Code = "A" });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var entry = await db.AuditEntries.AsTracking().SingleAsync();
            db.AuditEntries.Remove(entry);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = database.NewContext())
        {
            var entry = await db.AuditEntries.AsTracking().SingleAsync();
            db.Entry(entry).Property(e => e.Reason).CurrentValue = "rewritten";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using var check = database.NewContext();
        var kept = await check.AuditEntries.SingleAsync();
        Assert.Null(kept.Reason);
    }

    [Theory, Providers]
    public async Task The_database_refuses_to_change_or_delete_an_entry_even_in_raw_sql(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        AuditTrail.Record(db, null, DateTimeOffset.UtcNow, "plan.update", "plan", 1, null, new { Code = "A" });
        await db.SaveChangesAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Reason\" = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
        if (provider == Provider.Postgres)
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEntries\""));

        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Reason == null));
    }
}
