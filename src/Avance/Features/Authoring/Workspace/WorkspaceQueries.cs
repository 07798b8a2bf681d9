using System.Globalization;
using Avance.Data;
using Avance.Domain;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>What the authors' pages and the authoring API read: every plan, drafts included.</summary>
public static class WorkspaceQueries
{
    public static async Task<List<WorkspacePlanRow>> Plans(AvanceDb db, string language, CancellationToken cancellationToken, int? planId = null)
    {
        var rows = await db.Plans.Where(p => planId == null || p.Id == planId)
            .Select(p => new
            {
                p.Id, Country = db.Countries.Where(c => c.Id == p.CountryId).Select(c => new { c.Iso2, Name = TextInLanguage.Pick(c.Name, language) }).First(),
                p.Code, Title = TextInLanguage.Pick(p.Title, language), p.Generation, p.Version,
                Latest = db.PlanVersions.Where(v => v.PlanId == p.Id).OrderByDescending(v => v.Number).Select(v => new { v.Number, v.PublishedAt }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WorkspacePlanRow(r.Id, r.Country.Iso2.ToLowerInvariant(), r.Country.Name ?? r.Country.Iso2, r.Code, r.Title ?? "",
                r.Generation, r.Version, r.Latest?.Number, r.Latest?.PublishedAt))
            .OrderBy(r => r.CountryName, Comparer(language))
            .ThenByDescending(r => r.Generation).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>A plan with its tree and indicators in plan order, texts in the reader's language; null when there is no such plan.</summary>
    public static async Task<WorkspacePlan?> Plan(AvanceDb db, int planId, string language, CancellationToken cancellationToken)
    {
        if ((await Plans(db, language, cancellationToken, planId)).SingleOrDefault() is not { } plan) return null;
        var snapshot = await PlanSnapshotReader.ReadAsync(db, planId, cancellationToken);
        var versions = new Dictionary<StructureLevel, Dictionary<int, int>>();
        foreach (var level in StructureLevel.All) versions[level] = await level.VersionsAsync(db, planId, cancellationToken);
        var indicators = await db.Indicators.Where(i => i.PlanId == planId)
            .Select(i => new { i.Id, i.Version, Predecessor = db.Indicators.Where(x => x.Id == i.PredecessorId).Select(x => x.Code).FirstOrDefault() })
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        // A join rather than SelectMany over a subquery: SQLite cannot run the APPLY that would need.
        var predecessorPlan = await (from p in db.Plans
                                     where p.Id == planId
                                     join previous in db.Plans on p.CountryId equals previous.CountryId
                                     where previous.Generation == p.Generation - 1
                                     select previous.Code).FirstOrDefaultAsync(cancellationToken);

        string In(IReadOnlyDictionary<string, string> texts) => SnapshotItems.In(texts, language);
        List<string> Names(IEnumerable<OrganisationSnapshot> organisations) =>
            [.. organisations.Select(o => o.Acronym is { } acronym ? In(acronym) : In(o.Name))];
        string Place(PillarSnapshot pillar, params int[] numbers) =>
            $"{In(pillar.Name)} {string.Join('.', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)))}";
        WorkspaceItem Item(StructureLevel level, int id, int number, string place, string text, IReadOnlyList<WorkspaceItem> children,
            List<string>? responsible = null, List<string>? coResponsible = null) =>
            new(id, versions[level][id], number, place, text, children, responsible ?? [], coResponsible ?? []);

        var pillars = snapshot.Pillars.Select(p => Item(StructureLevel.Pillars, p.Id, p.Number, In(p.Name), In(p.Name),
            [.. p.Objectives.Select(o => Item(StructureLevel.Objectives, o.Id, o.Number, Place(p, o.Number), In(o.Statement),
                [.. o.LinesOfAction.Select(l => Item(StructureLevel.LinesOfAction, l.Id, l.Number, Place(p, o.Number, l.Number), In(l.Statement),
                    [.. l.Activities.Select(a => Item(StructureLevel.Activities, a.Id, a.Number, Place(p, o.Number, l.Number, a.Number), In(a.Statement),
                        [], Names(a.Responsible), Names(a.CoResponsible)))]))]))]));
        var places = snapshot.Pillars.SelectMany(p => p.Objectives.Select(o => (o.Id, Place: Place(p, o.Number)))).ToDictionary(x => x.Id, x => x.Place);
        return new WorkspacePlan(plan, [.. pillars],
            [.. snapshot.Indicators.Select(i => new WorkspaceIndicator(i.Id, indicators[i.Id].Version, i.Code, In(i.Wording), i.ObjectiveId,
                places.GetValueOrDefault(i.ObjectiveId, ""), indicators[i.Id].Predecessor))],
            predecessorPlan);
    }

    public static async Task<List<Option>> Countries(AvanceDb db, string language, CancellationToken cancellationToken)
    {
        var rows = await db.Countries.Select(c => new { c.Iso2, Name = TextInLanguage.Pick(c.Name, language) }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Option(r.Iso2.ToLowerInvariant(), r.Name ?? r.Iso2)).OrderBy(o => o.Label, Comparer(language))];
    }

    /// <summary>Every organisation, labelled "Acronym — name" where it has an acronym, sorted by label.</summary>
    public static async Task<List<Option>> Organisations(AvanceDb db, string language, CancellationToken cancellationToken)
    {
        var rows = await db.Organisations
            .Select(o => new { o.Id, Name = TextInLanguage.Pick(o.Name, language), Acronym = TextInLanguage.Pick(o.Acronym, language) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Option(r.Id.ToString(CultureInfo.InvariantCulture), r.Acronym is null ? r.Name ?? "" : $"{r.Acronym} — {r.Name}"))
            .OrderBy(o => o.Label, Comparer(language))];
    }

    private static StringComparer Comparer(string language) => StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true);
}
