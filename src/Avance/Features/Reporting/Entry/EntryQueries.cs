using Avance.Data;
using Avance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Reporting.Entry;

/// <summary>The period and reference lists every entry page, endpoint and template starts from.</summary>
public static class EntryQueries
{
    public static Task<PeriodRow?> Period(AvanceDb db, int periodId, CancellationToken cancellationToken) =>
        (from period in db.ReportingPeriods
         join plan in db.Plans on period.PlanId equals plan.Id
         where period.Id == periodId
         select new PeriodRow(period.Id, period.PlanId, plan.CountryId, plan.Code, period.Label, period.StartsOn, period.EndsOn,
             period.Deadline, period.State))
        .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Periods open for reporting, soonest deadline first.</summary>
    public static Task<List<PeriodRow>> OpenPeriods(AvanceDb db, CancellationToken cancellationToken) =>
        (from period in db.ReportingPeriods
         join plan in db.Plans on period.PlanId equals plan.Id
         where period.State == PeriodState.Open
         orderby period.Deadline, plan.Code, period.Label
         select new PeriodRow(period.Id, period.PlanId, plan.CountryId, plan.Code, period.Label, period.StartsOn, period.EndsOn,
             period.Deadline, period.State))
        .ToListAsync(cancellationToken);

    /// <summary>The country's administrative areas, code → name, in code order: the categories of the State dimension.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> States(AvanceDb db, int countryId, CancellationToken cancellationToken)
    {
        var areas = await db.AdministrativeAreas.Where(a => a.CountryId == countryId).OrderBy(a => a.Code)
            .Select(a => new { a.Code, a.Name }).ToListAsync(cancellationToken);
        var ordered = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var area in areas) ordered[area.Code] = area.Name;
        return ordered;
    }

    /// <summary>The organisations responsible for something in a plan, for the coordinator's choice of whose entries to see.</summary>
    public static async Task<List<OrganisationChoice>> Organisations(AvanceDb db, int planId, string language, CancellationToken cancellationToken)
    {
        var ids = db.Indicators.Where(i => i.PlanId == planId && i.ResponsibleOrganisationId != null).Select(i => i.ResponsibleOrganisationId!.Value)
            .Union(from a in db.ActivityOrganisations
                   join activity in db.Activities on a.ActivityId equals activity.Id
                   join line in db.LinesOfAction on activity.LineOfActionId equals line.Id
                   join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
                   join pillar in db.Pillars on objective.PillarId equals pillar.Id
                   where pillar.PlanId == planId
                   select a.OrganisationId);
        var organisations = await db.Organisations.Where(o => ids.Contains(o.Id))
            .Select(o => new OrganisationChoice(o.Id, TextInLanguage.Pick(o.Acronym, language) ?? TextInLanguage.Pick(o.Name, language) ?? ""))
            .ToListAsync(cancellationToken);
        return [.. organisations.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The wording in exactly this language (no fallback): what a form field in that language shows.</summary>
    internal static string? Exactly(LocalizedText? text, string language) =>
        text?.Translations.FirstOrDefault(t => t.Language == language)?.Value;
}

public sealed record OrganisationChoice(int Id, string Name);
