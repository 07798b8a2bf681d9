using System.Runtime.CompilerServices;
using Avance.Data;
using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Plans;

/// <summary>An activity with where it sits in its plan, flat: the Actions/Activities tab's table as rows that stand alone.</summary>
public sealed record PlanActivityRow(int PillarNumber, string Pillar, int ObjectiveNumber, string Objective, int LineOfActionNumber,
    string LineOfAction, ActivityRow Activity);

public static class PlanDetailQueries
{
    /// <summary>A plan with everything the explorer's tabs show; null when the country or plan is unknown.</summary>
    public static async Task<PlanDetail?> Detail(AvanceDb db, string iso2, string planCode, string language, CancellationToken cancellationToken)
    {
        if (await PlanQueries.Find(db, iso2, planCode, cancellationToken) is not { } key) return null;
        var plan = await db.Plans
            .Where(p => p.Id == key.Id)
            .Include(p => p.Title).Include(p => p.Purpose).Include(p => p.Development).Include(p => p.Implementation)
            .Include(p => p.MonitoringArrangement).Include(p => p.BudgetStatement).Include(p => p.Disarmament)
            .AsSplitQuery()
            .SingleAsync(cancellationToken);
        var documents = await db.PlanDocuments
            .Where(d => d.PlanId == plan.Id)
            .Select(d => new { d.Kind, d.Source })
            .ToListAsync(cancellationToken);
        var indicators = await IndicatorQueries.Summaries(db, plan.Id, language, cancellationToken);

        return new PlanDetail(
            plan.Code, Text(plan.Title, language), plan.Generation, plan.Purpose?.In(language),
            new PlanActors(
                await OrganisationRows(db, plan.Id, language).ToListAsync(cancellationToken),
                plan.Development?.In(language), plan.CivilSocietyInDevelopment,
                plan.Implementation?.In(language), plan.CivilSocietyInImplementation),
            new PlanTimeframeRow(plan.AdoptedOn, plan.Timeframe.StartYear, plan.Timeframe.EndYear, plan.Timeframe.IsOpenEnded,
                plan.Timeframe.ReviewAfterYears),
            await PlanTree.Pillars(db, plan.Id, indicators, language, cancellationToken),
            indicators,
            new PlanMonitoring(plan.MonitoringArrangement?.In(language), await PublishedPeriodRows(db, plan.Id).ToListAsync(cancellationToken)),
            new PlanBudgetRow(plan.BudgetArrangement, plan.BudgetAmount, plan.BudgetCurrency, plan.BudgetStatement?.In(language)),
            new PlanDisarmamentRow(plan.CoversDisarmament, plan.Disarmament?.In(language)),
            [.. documents.OrderBy(d => d.Kind).ThenBy(d => d.Source!.Title, StringComparer.Ordinal)
                .Select(d => new PlanDocumentSourceRow(d.Kind, d.Source!.Language, SourceRow.Of(d.Source)))]);
    }

    /// <summary>The organisations a plan names, lead first, each role by acronym (or name) in the reader's language.</summary>
    public static async IAsyncEnumerable<PlanActorRow> OrganisationRows(AvanceDb db, int planId, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = db.PlanOrganisations
            .Where(o => o.PlanId == planId)
            .Select(o => new { o.Role, o.Organisation!.Name, o.Organisation.Acronym, o.Organisation.Kind })
            .AsSingleQuery()
            .AsAsyncEnumerable();
        var rows = new List<PlanActorRow>();
        await foreach (var a in query.WithCancellation(cancellationToken))
            rows.Add(new PlanActorRow(Text(a.Name, language), a.Acronym?.In(language), a.Kind, a.Role));
        // Roles are stored by name and names sorted in the reader's language, neither of which SQL can order; a plan names a few dozen at most.
        foreach (var row in rows.OrderBy(r => r.Role).ThenBy(r => r.Acronym ?? r.Name, StringComparer.Ordinal)) yield return row;
    }

    /// <summary>The plan's published reporting periods, earliest first.</summary>
    public static IAsyncEnumerable<PublishedPeriodRow> PublishedPeriodRows(AvanceDb db, int planId) =>
        db.ReportingPeriods
            .Where(p => p.PlanId == planId && p.State == PeriodState.Published)
            .OrderBy(p => p.StartsOn).ThenBy(p => p.Id)
            .Select(p => new PublishedPeriodRow(p.Label, p.StartsOn, p.EndsOn, p.PublishedAt))
            .AsAsyncEnumerable();

    /// <summary>
    /// The plan's activities in plan order, each with its responsible and co-responsible organisations and its published
    /// status report of the latest published period (unpublished reports are never shown), as the plan explorer shows them.
    /// </summary>
    public static async IAsyncEnumerable<PlanActivityRow> ActivityRows(AvanceDb db, int planId, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var statuses = await PublishedActivityReports.LatestByActivityAsync(db, planId, language, cancellationToken);
        var query = (
                from activity in db.Activities
                join line in db.LinesOfAction on activity.LineOfActionId equals line.Id
                join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
                join pillar in db.Pillars on objective.PillarId equals pillar.Id
                where pillar.PlanId == planId
                orderby pillar.Number, objective.Number, line.Number, activity.Number, activity.Id
                select new
                {
                    PillarNumber = pillar.Number, Pillar = pillar.Name, ObjectiveNumber = objective.Number, Objective = objective.Statement,
                    LineNumber = line.Number, Line = line.Statement, activity.Id, activity.Number, activity.Statement,
                    Organisations = activity.Organisations.Select(x => new { x.Responsibility, x.Organisation!.Name, x.Organisation.Acronym }).ToList(),
                })
            .AsSingleQuery() // split queries would read all but the last query whole before the first row
            .AsAsyncEnumerable();
        await foreach (var a in query.WithCancellation(cancellationToken))
        {
            var organisations = a.Organisations
                .Select(o => (o.Responsibility, Row: new OrganisationNameRow(Text(o.Name, language), o.Acronym?.In(language))))
                .OrderBy(o => o.Row.Acronym ?? o.Row.Name, StringComparer.Ordinal)
                .ToList();
            yield return new PlanActivityRow(a.PillarNumber, Text(a.Pillar, language), a.ObjectiveNumber, Text(a.Objective, language),
                a.LineNumber, Text(a.Line, language),
                new ActivityRow(a.Id, a.Number, Text(a.Statement, language),
                    [.. organisations.Where(o => o.Responsibility == Responsibility.Responsible).Select(o => o.Row)],
                    [.. organisations.Where(o => o.Responsibility == Responsibility.CoResponsible).Select(o => o.Row)],
                    statuses.GetValueOrDefault(a.Id)));
        }
    }

    private static string Text(LocalizedText text, string language) => text.In(language) ?? "";
}
