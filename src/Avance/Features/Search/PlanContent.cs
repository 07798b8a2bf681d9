using System.Globalization;
using Avance.Data;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Search;

/// <summary>Published plans, their strategic objectives, lines of action and activities, and their indicators, as searchables.</summary>
internal static class PlanContent
{
    public static async Task<List<Searchable>> ReadAsync(AvanceDb db, TextStore texts, IReadOnlyDictionary<int, string> countries,
        CancellationToken cancellationToken)
    {
        var plans = await db.Plans.Published(db).AsNoTracking().OrderBy(p => p.Id).Select(p => new
        {
            p.Id, p.CountryId, p.Code,
            Title = EF.Property<int>(p, "TitleId"),
            Body = new[]
            {
                EF.Property<int?>(p, "PurposeId"), EF.Property<int?>(p, "DevelopmentId"), EF.Property<int?>(p, "ImplementationId"),
                EF.Property<int?>(p, "MonitoringArrangementId"), EF.Property<int?>(p, "BudgetStatementId"), EF.Property<int?>(p, "DisarmamentId"),
            },
        }).ToListAsync(cancellationToken);
        // Drafts are left out level by level: each item is kept only when its parent was.
        var published = plans.Select(p => p.Id).ToHashSet();
        var pillars = (await db.Pillars.AsNoTracking()
            .Select(x => new { x.Id, x.PlanId, x.Number, Name = EF.Property<int>(x, "NameId") })
            .ToListAsync(cancellationToken)).Where(x => published.Contains(x.PlanId)).ToDictionary(x => x.Id);
        var objectives = (await db.StrategicObjectives.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.PillarId, o.Number, Statement = EF.Property<int>(o, "StatementId") })
            .ToListAsync(cancellationToken)).Where(o => pillars.ContainsKey(o.PillarId)).ToList();
        var objectiveIds = objectives.Select(o => o.Id).ToHashSet();
        var lines = (await db.LinesOfAction.AsNoTracking().OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.ObjectiveId, l.Number, Statement = EF.Property<int>(l, "StatementId") })
            .ToListAsync(cancellationToken)).Where(l => objectiveIds.Contains(l.ObjectiveId)).ToList();
        var lineIds = lines.Select(l => l.Id).ToHashSet();
        var activities = (await db.Activities.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.LineOfActionId, a.Number, Statement = EF.Property<int>(a, "StatementId") })
            .ToListAsync(cancellationToken)).Where(a => lineIds.Contains(a.LineOfActionId)).ToList();
        var indicators = (await db.Indicators.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new { i.PlanId, i.Code, Wording = EF.Property<int>(i, "WordingId") })
            .ToListAsync(cancellationToken)).Where(i => published.Contains(i.PlanId)).ToList();

        var planPaths = plans.ToDictionary(p => p.Id, p => $"/countries/{countries[p.CountryId]}/plans/{Uri.EscapeDataString(p.Code)}");
        var planCountries = plans.ToDictionary(p => p.Id, p => countries[p.CountryId]);
        var objectiveById = objectives.ToDictionary(o => o.Id);
        var lineById = lines.ToDictionary(l => l.Id);

        // Lines of action and activities have no anchor of their own: they open their objective in the plan explorer.
        Searchable Statement(SearchKind kind, int objectiveId, string number, int statement)
        {
            var objective = objectiveById[objectiveId];
            var pillar = pillars[objective.PillarId];
            var path = $"{planPaths[pillar.PlanId]}?tab=objectives#objective-{pillar.Number}-{objective.Number}";
            return new Searchable(kind, planCountries[pillar.PlanId], path,
                language => $"{texts.Best(pillar.Name, language)} {number}", [statement]);
        }

        return
        [
            .. plans.Select(p => new Searchable(SearchKind.Plan, countries[p.CountryId], planPaths[p.Id],
                language => texts.Best(p.Title, language), p.Body, TitleText: p.Title)),
            .. objectives.Select(o => Statement(SearchKind.Objective, o.Id, Number(o.Number), o.Statement)),
            .. lines.Select(l => Statement(SearchKind.LineOfAction, l.ObjectiveId, Number(objectiveById[l.ObjectiveId].Number, l.Number), l.Statement)),
            .. activities.Select(a =>
            {
                var line = lineById[a.LineOfActionId];
                return Statement(SearchKind.Activity, line.ObjectiveId, Number(objectiveById[line.ObjectiveId].Number, line.Number, a.Number), a.Statement);
            }),
            .. indicators.Select(i => new Searchable(SearchKind.Indicator, planCountries[i.PlanId],
                $"{planPaths[i.PlanId]}/indicators/{Uri.EscapeDataString(i.Code)}", _ => i.Code, [i.Wording])),
        ];
    }

    /// <summary>"3", "3.1", "3.2.2": the objective's number within its pillar, then the line's, then the activity's.</summary>
    private static string Number(params int[] parts) => string.Join('.', parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
