namespace Avance.Iati.Validation;

/// <summary>Dates in order: activity start before end, periods of budgets, disbursements and results the right way round.</summary>
internal static class DateOrderRules
{
    // ActivityDateType codes.
    private const string PlannedStart = "1";
    private const string ActualStart = "2";
    private const string PlannedEnd = "3";
    private const string ActualEnd = "4";

    public static void Check(QualityContext context)
    {
        var activity = context.Activity;
        CheckActivityDates(context, PlannedStart, PlannedEnd, "MessagePlannedDatesOutOfOrder");
        CheckActivityDates(context, ActualStart, ActualEnd, "MessageActualDatesOutOfOrder");
        foreach (var (location, budget) in LocationPath.Each(activity.Budgets, IatiXml.Element.Budget))
        {
            CheckPeriod(context, location, budget.PeriodStart, budget.PeriodEnd);
            if (budget is { PeriodStart: { } start, PeriodEnd: { } end } && end > start.AddYears(1))
            {
                context.Report(ValidationRules.BudgetLongerThanYear, "MessageBudgetLongerThanYear", location,
                    location, QualityContext.Iso(start), QualityContext.Iso(end));
            }
        }
        foreach (var (location, disbursement) in LocationPath.Each(activity.PlannedDisbursements, IatiXml.Element.PlannedDisbursement))
        {
            CheckPeriod(context, location, disbursement.PeriodStart, disbursement.PeriodEnd);
        }
        foreach (var (location, period) in ResultPaths.Periods(activity))
        {
            CheckPeriod(context, location, period.PeriodStart, period.PeriodEnd);
        }
    }

    private static void CheckActivityDates(QualityContext context, string startType, string endType, string messageKey)
    {
        var dates = context.Activity.ActivityDates;
        var start = dates.FirstOrDefault(date => date.Type == startType)?.IsoDate;
        var end = dates.FirstOrDefault(date => date.Type == endType)?.IsoDate;
        if (start is { } from && end is { } to && from > to)
        {
            context.Report(ValidationRules.ActivityDatesOutOfOrder, messageKey, IatiXml.Element.ActivityDate,
                QualityContext.Iso(from), QualityContext.Iso(to));
        }
    }

    private static void CheckPeriod(QualityContext context, string location, DateOnly? start, DateOnly? end)
    {
        if (start is { } from && end is { } to && from > to)
        {
            context.Report(ValidationRules.PeriodEndsBeforeStart, "MessagePeriodEndsBeforeStart", location, location,
                QualityContext.Iso(from), QualityContext.Iso(to));
        }
    }
}
