using Avance.Data;
using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Plans;

/// <summary>
/// Pillar → objective → line of action → activity, with each activity's responsible and co-responsible
/// organisations and its latest published status report.
/// </summary>
internal static class PlanTree
{
    public static async Task<List<PillarTreeRow>> Pillars(AvanceDb db, int planId, IReadOnlyList<IndicatorSummaryRow> indicators, string language,
        CancellationToken cancellationToken)
    {
        var pillars = await db.Pillars
            .Where(p => p.PlanId == planId)
            .Select(p => new
            {
                p.Number, p.Name,
                Objectives = p.Objectives.Select(o => new
                {
                    o.Number, o.Statement,
                    Lines = o.LinesOfAction.Select(l => new
                    {
                        l.Number, l.Statement,
                        Activities = l.Activities.Select(a => new
                        {
                            a.Id, a.Number, a.Statement,
                            Organisations = a.Organisations.Select(x => new { x.Responsibility, x.Organisation!.Name, x.Organisation.Acronym }).ToList(),
                        }).ToList(),
                    }).ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var statuses = await PublishedActivityReports.LatestByActivityAsync(db, planId, language, cancellationToken);

        return [.. pillars.OrderBy(p => p.Number).Select(p => new PillarTreeRow(p.Number, Text(p.Name, language),
            [.. p.Objectives.OrderBy(o => o.Number).Select(o => new ObjectiveTreeRow(o.Number, Text(o.Statement, language),
                [.. o.Lines.OrderBy(l => l.Number).Select(l => new LineOfActionRow(l.Number, Text(l.Statement, language),
                    [.. l.Activities.OrderBy(a => a.Number).Select(a => new ActivityRow(a.Id, a.Number, Text(a.Statement, language),
                        Named(a.Organisations.Select(x => (x.Responsibility, x.Name, x.Acronym)), Responsibility.Responsible, language),
                        Named(a.Organisations.Select(x => (x.Responsibility, x.Name, x.Acronym)), Responsibility.CoResponsible, language),
                        statuses.GetValueOrDefault(a.Id)))]))],
                [.. indicators.Where(i => i.PillarNumber == p.Number && i.ObjectiveNumber == o.Number).Select(i => new IndicatorLinkRow(i.Code, i.Wording))]))]))];
    }

    private static List<OrganisationNameRow> Named(IEnumerable<(Responsibility Responsibility, LocalizedText Name, LocalizedText? Acronym)> organisations,
        Responsibility wanted, string language) =>
        [.. organisations.Where(o => o.Responsibility == wanted)
            .Select(o => new OrganisationNameRow(Text(o.Name, language), o.Acronym?.In(language)))
            .OrderBy(o => o.Acronym ?? o.Name, StringComparer.Ordinal)];

    private static string Text(LocalizedText text, string language) => text.In(language) ?? "";
}
