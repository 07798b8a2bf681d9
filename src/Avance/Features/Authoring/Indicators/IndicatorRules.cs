using Avance.Data;
using Avance.Features.Frameworks;
using Avance.Features.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>What an indicator's fields must satisfy before they are saved.</summary>
internal static class IndicatorRules
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;
    private const decimal Largest = 1_000_000_000_000_000m;

    public static async Task CheckAsync(AvanceDb db, FieldChecks checks, int planId, int? indicatorId, IndicatorFields fields,
        CancellationToken cancellationToken)
    {
        checks.Code("Code", fields.Code);
        checks.Text("Wording", fields.Wording, StructureRules.MaxStatement, required: true);
        checks.Text("Unit", fields.Unit, FieldChecks.ShortText);
        checks.Text("DataSource", fields.DataSource, StructureRules.MaxStatement);
        checks.Required("Type", fields.Type);
        checks.Required("Direction", fields.Direction);
        checks.Required("Periodicity", fields.Periodicity);
        if (fields.Type is { } type) PlanRules.Defined(checks, "Type", type);
        if (fields.Direction is { } direction) PlanRules.Defined(checks, "Direction", direction);
        if (fields.Periodicity is { } periodicity) PlanRules.Defined(checks, "Periodicity", periodicity);
        foreach (var dimension in fields.Disaggregations ?? []) PlanRules.Defined(checks, "Disaggregations", dimension);

        Baseline(checks, fields);
        Targets(checks, fields);
        Links(checks, "SdgIndicators", GlobalFramework.Sdg, fields.SdgIndicators);
        Links(checks, "Resolution1325Indicators", GlobalFramework.Resolution1325, fields.Resolution1325Indicators);
        await Placement(db, checks, planId, fields, cancellationToken);
        if (fields.ResponsibleOrganisationId is { } organisation)
            await OrganisationChecks.KnownAsync(db, checks, "ResponsibleOrganisationId", [organisation], cancellationToken);

        if (checks.Errors.Has("Code")) return;
        var code = fields.Code!.Trim().ToUpperInvariant();
        if (await db.Indicators.AnyAsync(i => i.PlanId == planId && i.Id != indicatorId && i.Code.ToUpper() == code, cancellationToken))
            checks.Add("Code", "Authoring_Error_IndicatorCodeTaken", fields.Code.Trim());
    }

    /// <summary>The objective must be the plan's, and an activity, when given, must be under that objective.</summary>
    private static async Task Placement(AvanceDb db, FieldChecks checks, int planId, IndicatorFields fields, CancellationToken cancellationToken)
    {
        checks.Required("ObjectiveId", fields.ObjectiveId);
        if (fields.ObjectiveId is not { } objectiveId) return;
        if (!await StructureLevel.Objectives.IdsIn(db, planId).AnyAsync(id => id == objectiveId, cancellationToken))
        {
            checks.Add("ObjectiveId", "Authoring_Error_UnknownObjective");
            return;
        }
        if (fields.ActivityId is not { } activityId) return;
        var underObjective = db.LinesOfAction.Where(l => l.ObjectiveId == objectiveId).Select(l => l.Id);
        if (!await db.Activities.AnyAsync(a => a.Id == activityId && underObjective.Contains(a.LineOfActionId), cancellationToken))
            checks.Add("ActivityId", "Authoring_Error_ActivityNotUnderObjective");
    }

    private static void Baseline(FieldChecks checks, IndicatorFields fields)
    {
        checks.Range("BaselineYear", fields.BaselineYear, FirstYear, LastYear);
        if (fields.BaselineValue is not null && fields.BaselineYear is null) checks.Add("BaselineYear", "Authoring_Error_BaselineNeedsYear");
        if (fields.BaselineValue is null && fields.BaselineYear is not null) checks.Add("BaselineValue", "Authoring_Error_BaselineNeedsValue");
        Value(checks, "BaselineValue", fields.Type, fields.BaselineValue);
    }

    private static void Targets(FieldChecks checks, IndicatorFields fields)
    {
        var targets = fields.Targets ?? [];
        var seen = new HashSet<int>();
        for (var row = 0; row < targets.Count; row++)
        {
            var target = targets[row];
            if (target.IsBlank) continue;
            var field = $"Targets[{row}].";
            checks.Required(field + "Year", target.Year);
            checks.Range(field + "Year", target.Year, FirstYear, LastYear);
            if (target.Year is { } year && !seen.Add(year)) checks.Add(field + "Year", "Authoring_Error_TargetYearTwice", year);
            checks.Text(field + "Description", target.Description, StructureRules.MaxStatement);
            if (target.Value is null && BilingualText.IsEmpty(target.Description)) checks.Add(field + "Value", "Authoring_Error_TargetEmpty");
            Value(checks, field + "Value", fields.Type, target.Value);
        }
    }

    /// <summary>A value must make sense for the indicator's type: a share, a yes (1) or no (0), no number for a qualitative one.</summary>
    private static void Value(FieldChecks checks, string field, IndicatorType? type, decimal? value)
    {
        if (value is null) return;
        switch (type)
        {
            case IndicatorType.Percentage: checks.Range(field, value, 0m, 100m); break;
            case IndicatorType.YesNo when value is not (0m or 1m): checks.Add(field, "Authoring_Error_YesNoValue"); break;
            case IndicatorType.Qualitative: checks.Add(field, "Authoring_Error_QualitativeValue"); break;
            default: checks.Range(field, value, -Largest, Largest); break;
        }
    }

    private static void Links(FieldChecks checks, string field, GlobalFramework framework, IEnumerable<string>? codes)
    {
        foreach (var code in (codes ?? []).Select(c => c.Trim()).Where(c => !GlobalIndicatorCatalogue.Exists(framework, c)))
            checks.Add(field, framework == GlobalFramework.Sdg ? "Authoring_Error_UnknownSdgIndicator" : "Authoring_Error_Unknown1325Indicator", code);
    }
}
