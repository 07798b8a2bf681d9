using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Data.Demo;

/// <summary>
/// Version 1 of NAP-1325: the plan as the demo holds it once every indicator is in, so it is public like any
/// published plan. It is dated the day the plan was adopted, which is what the version stands for.
/// </summary>
internal static class MexicoPlanPublication
{
    public const string ChangeNote = "The plan as adopted on 11 January 2021, as seeds 000 and 004 describe it.";

    public static async Task AddAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleAsync(p => p.Code == "NAP-1325", cancellationToken);
        var snapshot = await PlanSnapshotReader.ReadAsync(db, plan.Id, cancellationToken);
        var adopted = new DateTimeOffset(plan.AdoptedOn!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        db.PlanVersions.Add(new PlanVersion(plan.Id, 1, adopted, publishedByUserId: null, ChangeNote, "en", snapshot.ToJson()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
