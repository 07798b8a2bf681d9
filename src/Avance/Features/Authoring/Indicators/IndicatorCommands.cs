using Avance.Data;
using Avance.Features.Assessments;
using Avance.Features.Frameworks;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

public static class IndicatorCommands
{
    public const string ItemType = "indicator";

    public static Task<AuthoringResult> AddAsync(AuthoringScope scope, int planId, IndicatorFields fields, CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            if (!await scope.Db.Plans.AnyAsync(p => p.Id == planId, cancellationToken)) return AuthoringResult.NotFound;
            var checks = scope.Checks();
            await IndicatorRules.CheckAsync(scope.Db, checks, planId, null, fields, cancellationToken);
            if (checks.Errors.Any) return AuthoringResult.Invalid(checks.Errors);

            var indicator = new Indicator
            {
                PlanId = planId, Code = fields.Code!.Trim(), Wording = BilingualText.Apply(fields.Wording, null)!, Type = fields.Type!.Value,
                Direction = fields.Direction!.Value, Periodicity = fields.Periodicity!.Value,
            };
            await ApplyAsync(scope.Db, fields, indicator, cancellationToken);
            scope.Db.Indicators.Add(indicator);
            await scope.Db.SaveChangesAsync(cancellationToken);
            scope.Audit("indicator.create", ItemType, indicator.Id, null, IndicatorFields.Of(indicator));
            await scope.Db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(indicator.Id);
        }, cancellationToken);

    public static Task<AuthoringResult> UpdateAsync(AuthoringScope scope, int planId, int id, int version, IndicatorFields fields,
        CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            if (await scope.Db.Indicators.AsTracking().WithDefinition().SingleOrDefaultAsync(i => i.Id == id && i.PlanId == planId, cancellationToken)
                is not { } indicator)
                return AuthoringResult.NotFound;
            var checks = scope.Checks();
            await IndicatorRules.CheckAsync(scope.Db, checks, planId, id, fields, cancellationToken);
            if (checks.Errors.Any) return AuthoringResult.Invalid(checks.Errors);

            var before = IndicatorFields.Of(indicator);
            scope.Edit(indicator, version);
            await ApplyAsync(scope.Db, fields, indicator, cancellationToken);
            scope.Audit("indicator.update", ItemType, indicator.Id, before, IndicatorFields.Of(indicator));
            await scope.Db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(indicator.Id);
        }, cancellationToken);

    /// <summary>An indicator with reported values, a civil-society assessment or a successor in a later plan stays.</summary>
    public static Task<AuthoringResult> RemoveAsync(AuthoringScope scope, int planId, int id, int version, CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            if (await scope.Db.Indicators.AsTracking().WithDefinition().SingleOrDefaultAsync(i => i.Id == id && i.PlanId == planId, cancellationToken)
                is not { } indicator)
                return AuthoringResult.NotFound;
            if (await ObstacleToRemovalAsync(scope.Db, id, scope.Text, cancellationToken) is { } obstacle) return AuthoringResult.Refused(obstacle);

            scope.Db.ExpectVersion(indicator, version);
            scope.Db.Indicators.Remove(indicator);
            scope.Audit("indicator.remove", ItemType, indicator.Id, IndicatorFields.Of(indicator), null);
            await scope.Db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(indicator.Id);
        }, cancellationToken);

    public static async Task<Editable<IndicatorFields>?> ReadAsync(AvanceDb db, int planId, int id, CancellationToken cancellationToken) =>
        await db.Indicators.WithDefinition().SingleOrDefaultAsync(i => i.Id == id && i.PlanId == planId, cancellationToken) is { } indicator
            ? new Editable<IndicatorFields>(indicator.Id, indicator.Version, IndicatorFields.Of(indicator))
            : null;

    private static async Task<string?> ObstacleToRemovalAsync(AvanceDb db, int id, UiText text, CancellationToken cancellationToken)
    {
        var values = await db.Measurements.CountAsync(m => m.IndicatorId == id, cancellationToken);
        if (values > 0) return text["Authoring_Refused_IndicatorReported", values];
        var assessments = await db.Assessments.CountAsync(a => a.Subject == AssessmentSubject.Indicator && a.SubjectId == id, cancellationToken);
        if (assessments > 0) return text["Authoring_Refused_Assessed", assessments];
        var successors = await (from successor in db.Indicators
                                join plan in db.Plans on successor.PlanId equals plan.Id
                                where successor.PredecessorId == id
                                select plan.Code + " " + successor.Code).ToListAsync(cancellationToken);
        return successors.Count == 0 ? null : text["Authoring_Refused_IndicatorContinued", string.Join(", ", successors)];
    }

    /// <summary>Writes the checked fields into the indicator, keeping target rows by year so an unchanged target stays the same row.</summary>
    private static async Task ApplyAsync(AvanceDb db, IndicatorFields fields, Indicator indicator, CancellationToken cancellationToken)
    {
        indicator.Code = fields.Code!.Trim();
        indicator.Wording = BilingualText.Apply(fields.Wording, indicator.Wording)!;
        indicator.ObjectiveId = fields.ObjectiveId!.Value;
        indicator.ActivityId = fields.ActivityId;
        indicator.Type = fields.Type!.Value;
        indicator.Unit = BilingualText.Apply(fields.Unit, indicator.Unit);
        indicator.Direction = fields.Direction!.Value;
        indicator.BaselineValue = fields.BaselineValue;
        indicator.BaselineYear = fields.BaselineYear;
        indicator.Periodicity = fields.Periodicity!.Value;
        indicator.DataSource = BilingualText.Apply(fields.DataSource, indicator.DataSource);
        indicator.ResponsibleOrganisationId = fields.ResponsibleOrganisationId;

        var targets = fields.GivenTargets().ToDictionary(t => t.Year!.Value);
        indicator.Targets.RemoveAll(t => !targets.ContainsKey(t.Year));
        foreach (var (year, wanted) in targets)
        {
            var target = indicator.Targets.FirstOrDefault(t => t.Year == year);
            if (target is null) indicator.Targets.Add(target = new IndicatorTarget { Year = year });
            target.Value = wanted.Value;
            target.Description = BilingualText.Apply(wanted.Description, target.Description);
        }

        var dimensions = (fields.Disaggregations ?? []).ToHashSet();
        indicator.Disaggregations.RemoveAll(d => !dimensions.Contains(d.Dimension));
        foreach (var dimension in dimensions.Where(d => indicator.Disaggregations.All(x => x.Dimension != d)))
            indicator.Disaggregations.Add(new IndicatorDisaggregation { Dimension = dimension });

        var globals = (await GlobalIndicatorCatalogue.FindOrAddAsync(db, GlobalFramework.Sdg, Trimmed(fields.SdgIndicators), cancellationToken))
            .Concat(await GlobalIndicatorCatalogue.FindOrAddAsync(db, GlobalFramework.Resolution1325, Trimmed(fields.Resolution1325Indicators),
                cancellationToken))
            .ToList();
        indicator.FrameworkLinks.RemoveAll(l => !globals.Contains(l.GlobalIndicator!));
        foreach (var global in globals.Where(g => indicator.FrameworkLinks.All(l => l.GlobalIndicator != g)))
            indicator.FrameworkLinks.Add(new IndicatorFrameworkLink { GlobalIndicator = global });
    }

    private static IEnumerable<string> Trimmed(IEnumerable<string>? codes) => (codes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0);
}
