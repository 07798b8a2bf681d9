using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

/// <summary>
/// The coordinator's commands on a reporting period: create it, open it with a deadline, close it. Each change is
/// audited in the same save; a change made from an older version of the period is a conflict, never an overwrite.
/// Publishing is <see cref="PeriodPublication"/>.
/// </summary>
public sealed class PeriodWorkflow(AvanceDb db, TimeProvider clock)
{
    public async Task<CommandOutcome> CreateAsync(Caller caller, int? planId, string? label, DateOnly? startsOn, DateOnly? endsOn,
        CancellationToken cancellationToken)
    {
        if (planId is null || !await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken)) return CommandOutcome.Invalid("period.plan-unknown", "planId");
        if (startsOn is null) return CommandOutcome.Invalid("period.start-missing", "startsOn");
        if (endsOn is null) return CommandOutcome.Invalid("period.end-missing", "endsOn");
        ReportingPeriod period;
        try
        {
            period = new ReportingPeriod(planId.Value, label ?? "", startsOn.Value, endsOn.Value);
        }
        catch (DomainRuleException rule)
        {
            return CommandOutcome.From(rule);
        }
        if (await LabelTakenAsync(period, cancellationToken)) return CommandOutcome.Invalid("period.label-taken", "label");

        // The audit entry needs the new period's id: two saves, one transaction, so neither is kept without the other.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        AuditTrail.Record(db, caller, clock.GetUtcNow(), "reporting-period.create", ReviewItems.Period, period.Id, null, Snapshot(period));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandOutcome.Done(period.Id);
    }

    public Task<CommandOutcome> OpenAsync(Caller caller, int id, DateOnly? deadline, int? version, CancellationToken cancellationToken) =>
        deadline is null
            ? Task.FromResult(CommandOutcome.Invalid("period.deadline-missing", "deadline"))
            : ChangeAsync(caller, id, version, "reporting-period.open", period => period.Open(deadline.Value), cancellationToken);

    public Task<CommandOutcome> CloseAsync(Caller caller, int id, int? version, CancellationToken cancellationToken) =>
        ChangeAsync(caller, id, version, "reporting-period.close", period => period.Close(), cancellationToken);

    private async Task<CommandOutcome> ChangeAsync(Caller caller, int id, int? version, string action, Action<ReportingPeriod> change,
        CancellationToken cancellationToken)
    {
        if (version is null) return CommandOutcome.Invalid("review.version-missing", "version");
        var period = await db.ReportingPeriods.AsTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null) return CommandOutcome.NotFound;
        if (period.Version != version) return await ItemHistory.PeriodConflictAsync(db, id, cancellationToken);

        var before = Snapshot(period);
        try
        {
            change(period);
        }
        catch (DomainRuleException rule)
        {
            return CommandOutcome.From(rule);
        }
        AuditTrail.Record(db, caller, clock.GetUtcNow(), action, ReviewItems.Period, id, before, Snapshot(period));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ItemHistory.PeriodConflictAsync(db, id, cancellationToken);
        }
        return CommandOutcome.Done(id);
    }

    /// <summary>The unique index would refuse it too, but as a server error instead of a message about the field.</summary>
    private Task<bool> LabelTakenAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        db.ReportingPeriods.AnyAsync(p => p.PlanId == period.PlanId && p.Label == period.Label, cancellationToken);

    internal static object Snapshot(ReportingPeriod period) =>
        new { period.PlanId, period.Label, period.StartsOn, period.EndsOn, period.Deadline, period.State, period.PublishedAt };
}
