using Avance.Domain;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Plans;

/// <summary>
/// Status reports for Prevention objective 3, activity 1: published for 2021 (in progress), and for 2022 a newer
/// report that is approved but not published (completed) — which the public must not see.
/// </summary>
internal static class ActivityReports
{
    public static async Task AddAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var activity = await db.Activities.SingleAsync(a => a.Number == 1);
        var periods = await db.ReportingPeriods.ToDictionaryAsync(p => p.Label);

        var published = new ActivityStatusReport(activity.Id, periods["2021"].Id, ImplementationStatus.InProgress,
            LocalizedText.Of("Course outline drafted.", "Temario del curso redactado."));
        published.Submit();
        published.Approve();
        published.Publish();
        var approvedOnly = new ActivityStatusReport(activity.Id, periods["2022"].Id, ImplementationStatus.Completed,
            LocalizedText.Of("Not yet reviewed.", "Aún sin revisar."));
        approvedOnly.Submit();
        approvedOnly.Approve();

        db.ActivityStatusReports.AddRange(published, approvedOnly);
        await db.SaveChangesAsync();
    }
}
