using Avance.Data;
using Avance.Features.Plans;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

public static class PeriodQueries
{
    /// <summary>Every plan's periods: by plan code, newest period first.</summary>
    public static Task<List<PeriodRow>> All(AvanceDb db, string language, CancellationToken cancellationToken) =>
        Project(Joined(db).OrderBy(x => x.Plan.Code).ThenByDescending(x => x.Period.StartsOn).ThenByDescending(x => x.Period.Id), language)
            .ToListAsync(cancellationToken);

    public static Task<PeriodRow?> Find(AvanceDb db, int id, string language, CancellationToken cancellationToken) =>
        Project(Joined(db).Where(x => x.Period.Id == id), language).SingleOrDefaultAsync(cancellationToken);

    public static async Task<PeriodDetail?> Detail(AvanceDb db, int id, string language, DateOnly today, CancellationToken cancellationToken) =>
        await Find(db, id, language, cancellationToken) is { } period
            ? new PeriodDetail(period, DeadlineRow.Of(period, today), await ItemHistory.ForAsync(db, ReviewItems.Period, id, cancellationToken))
            : null;

    public static Task<List<PlanOption>> Plans(AvanceDb db, string language, CancellationToken cancellationToken) =>
        db.Plans.OrderBy(p => p.Code)
            .Select(p => new PlanOption(p.Id, p.Code, TextInLanguage.Pick(p.Title, language) ?? p.Code))
            .ToListAsync(cancellationToken);

    /// <summary>The periods agencies are reporting in, or whose reports wait for review and publication.</summary>
    public static bool InCycle(PeriodRow period) => period.State is PeriodState.Open or PeriodState.Closed;

    private static IQueryable<PeriodWithPlan> Joined(AvanceDb db) =>
        from period in db.ReportingPeriods
        join plan in db.Plans on period.PlanId equals plan.Id
        join country in db.Countries on plan.CountryId equals country.Id
        select new PeriodWithPlan { Period = period, Plan = plan, Iso2 = country.Iso2 };

    private static IQueryable<PeriodRow> Project(IQueryable<PeriodWithPlan> rows, string language) =>
        rows.Select(x => new PeriodRow(x.Period.Id, x.Plan.Id, x.Iso2.ToLower(), x.Plan.Code, TextInLanguage.Pick(x.Plan.Title, language) ?? x.Plan.Code,
            x.Period.Label, x.Period.StartsOn, x.Period.EndsOn, x.Period.Deadline, x.Period.State, x.Period.PublishedAt, x.Period.Version));

    /// <summary>Built with an initialiser so queries can keep composing on it.</summary>
    private sealed class PeriodWithPlan
    {
        public required ReportingPeriod Period { get; init; }
        public required Plan Plan { get; init; }
        public required string Iso2 { get; init; }
    }
}
