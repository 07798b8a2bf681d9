using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Review;

namespace Avance.Features.Workspace;

/// <summary>An open period as a focal point sees it: their organisation's totals, what is missing, and what came back.</summary>
public sealed record ReportingTask(PeriodRow Period, DeadlineRow? Deadline, StateCounts Counts, int Missing, ReturnedWork Returned);

/// <summary>A period in the cycle as a reviewer sees it: how much waits for a decision, how much is still missing.</summary>
public sealed record ReviewTask(PeriodRow Period, DeadlineRow? Deadline, int AwaitingReview, int Missing);

/// <summary>What the signed-in person has to do, by what their account may do.</summary>
public sealed record WorkspaceHome(IReadOnlyList<ReportingTask> Reporting, IReadOnlyList<ReviewTask> Reviewing);

public static class WorkspaceQueries
{
    /// <summary>
    /// Built on the status board of each period in the cycle, read as the caller: a focal point's reporting tasks are
    /// their organisation's open periods; a reviewer's tasks are every open or closed period.
    /// </summary>
    public static async Task<WorkspaceHome> For(AvanceDb db, Caller caller, string language, DateOnly today, CancellationToken cancellationToken)
    {
        var reporting = new List<ReportingTask>();
        var reviewing = new List<ReviewTask>();
        var reports = caller.Has(Permissions.ReportValues) && caller.OrganisationId is not null;
        var reviews = caller.Has(Permissions.ReviewValues);
        if (!reports && !reviews) return new WorkspaceHome(reporting, reviewing);

        foreach (var period in (await PeriodQueries.All(db, language, cancellationToken)).Where(PeriodQueries.InCycle))
        {
            var board = (await BoardQueries.For(db, period.Id, caller, null, language, today, cancellationToken))!;
            var counts = board.Organisations.Aggregate(StateCounts.None, (sum, o) => sum + o.Counts);
            var missing = board.Organisations.Sum(o => o.Missing);
            if (reports && period.State == Reporting.PeriodState.Open)
                reporting.Add(new ReportingTask(period, board.Deadline, counts, missing,
                    await ReviewQueries.Returned(db, period, caller, language, cancellationToken)));
            if (reviews) reviewing.Add(new ReviewTask(period, board.Deadline, counts.Submitted, missing));
        }
        return new WorkspaceHome(reporting, reviewing);
    }
}
