using Avance.Data;
using Avance.Domain;
using Avance.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Plans;

/// <summary>Reads a plan as it stands in the database into a <see cref="PlanSnapshot"/>, in plan order.</summary>
public static class PlanSnapshotReader
{
    public static async Task<PlanSnapshot> ReadAsync(AvanceDb db, int planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Where(p => p.Id == planId).WithTexts().SingleAsync(cancellationToken);
        var pillars = await db.Pillars.Where(p => p.PlanId == planId).WithTree().ToListAsync(cancellationToken);
        var indicators = await db.Indicators.Where(i => i.PlanId == planId).WithDefinition().ToListAsync(cancellationToken);
        var organisations = await db.Organisations.Include(o => o.Name).Include(o => o.Acronym).AsSplitQuery()
            .ToDictionaryAsync(o => o.Id, cancellationToken);

        OrganisationSnapshot Organisation(int id) => OrganisationOf(organisations[id]);
        List<OrganisationSnapshot> Named(Activity activity, Responsibility responsibility) =>
            [.. activity.Organisations.Where(o => o.Responsibility == responsibility).Select(o => Organisation(o.OrganisationId)).OrderBy(o => o.Id)];

        var facts = new PlanFactsSnapshot(plan.Code, plan.Generation, Texts(plan.Title)!, Texts(plan.Purpose), plan.AdoptedOn,
            plan.Timeframe.StartYear, plan.Timeframe.EndYear, plan.Timeframe.ReviewAfterYears,
            plan.CivilSocietyInDevelopment, Texts(plan.Development), plan.CivilSocietyInImplementation, Texts(plan.Implementation),
            Texts(plan.MonitoringArrangement), plan.BudgetArrangement, Normalise(plan.BudgetAmount), plan.BudgetCurrency, Texts(plan.BudgetStatement),
            plan.CoversDisarmament, Texts(plan.Disarmament),
            [.. plan.Organisations.OrderBy(o => o.Role).ThenBy(o => o.OrganisationId)
                .Select(o => new PlanOrganisationSnapshot(o.Role, Organisation(o.OrganisationId)))]);
        var tree = pillars.OrderBy(p => p.Number).Select(p => new PillarSnapshot(p.Id, p.Number, Texts(p.Name)!,
            [.. p.Objectives.OrderBy(o => o.Number).Select(o => new ObjectiveSnapshot(o.Id, o.Number, Texts(o.Statement)!,
                [.. o.LinesOfAction.OrderBy(l => l.Number).Select(l => new LineOfActionSnapshot(l.Id, l.Number, Texts(l.Statement)!,
                    [.. l.Activities.OrderBy(a => a.Number).Select(a => new ActivitySnapshot(a.Id, a.Number, Texts(a.Statement)!,
                        Named(a, Responsibility.Responsible), Named(a, Responsibility.CoResponsible)))]))]))]));
        var measures = indicators.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => new IndicatorSnapshot(
            i.Id, i.Code, i.ObjectiveId, i.ActivityId, Texts(i.Wording)!, i.Type, Texts(i.Unit), i.Direction, Normalise(i.BaselineValue),
            i.BaselineYear, i.Periodicity, Texts(i.DataSource),
            i.ResponsibleOrganisationId is { } responsible ? Organisation(responsible) : null,
            [.. i.Disaggregations.Select(d => d.Dimension).Order()],
            [.. i.FrameworkLinks.Select(l => new FrameworkLinkSnapshot(l.GlobalIndicator!.Framework, l.GlobalIndicator.Code))
                .OrderBy(l => l.Framework).ThenBy(l => l.Code, StringComparer.Ordinal)],
            [.. i.Targets.OrderBy(t => t.Year).Select(t => new TargetSnapshot(t.Year, Normalise(t.Value), Texts(t.Description)))],
            i.PredecessorId));
        return new PlanSnapshot(facts, [.. tree], [.. measures]);
    }

    private static OrganisationSnapshot OrganisationOf(Organisation organisation) =>
        new(organisation.Id, Texts(organisation.Name)!, Texts(organisation.Acronym));

    /// <summary>Every translation, ordered by language so the same text always gives the same JSON.</summary>
    private static SortedDictionary<string, string>? Texts(LocalizedText? text) =>
        text is null || text.Translations.Count == 0
            ? null
            : new SortedDictionary<string, string>(text.Translations.ToDictionary(t => t.Language, t => t.Value), StringComparer.Ordinal);

    /// <summary>10, 10.0 and 10.0000 are one value; the providers return them with different scales.</summary>
    public static decimal? Normalise(decimal? value) => value is { } v ? v / 1.0000000000000000000000000000m : null;
}
