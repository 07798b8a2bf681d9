using Avance.Features.Indicators;
using Avance.Features.Plans;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.InPlan<Avance.Features.Indicators.IndicatorSummaryRow>>;

namespace Avance.Web.Downloads.Tables;

/// <summary>The Indicators tab: each indicator with its latest published value and its progress-to-target status.</summary>
internal static class PlanIndicatorsTable
{
    private static readonly IReadOnlyList<DownloadColumn<InPlan<IndicatorSummaryRow>>> Columns =
    [
        C.Of("plan_code", "Field_PlanCode", r => r.PlanCode),
        C.Of("code", "Field_IndicatorCode", r => r.Row.Code),
        C.Of("wording", "Field_IndicatorWording", r => r.Row.Wording),
        C.Of("type", "Field_IndicatorType", r => r.Row.Type),
        C.Of("unit", "Field_IndicatorUnit", r => r.Row.Unit),
        C.Of("direction", "Field_IndicatorDirection", r => r.Row.Direction),
        C.Of("pillar_number", "Field_PillarNumber", r => r.Row.PillarNumber),
        C.Of("objective_number", "Field_ObjectiveNumber", r => r.Row.ObjectiveNumber),
        C.Of("latest_period", "Field_LatestPeriod", r => r.Row.Latest?.Period),
        C.Of("latest_year", "Field_LatestYear", r => r.Row.Latest?.Year),
        C.Of("latest_value", "Field_LatestValue", r => r.Row.Latest?.Value),
        C.Of("latest_text_value", "Field_LatestTextValue", r => r.Row.Latest?.TextValue),
        C.Of("progress_status", "Field_ProgressStatus", r => r.Row.Progress.Status),
        C.Of("progress_rule", "Field_ProgressRule", r => r.Row.Progress.Rule),
    ];

    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/plans/indicators", new TableDownload<InPlan<IndicatorSummaryRow>>(
        "plan-indicators", "Table_PlanIndicators", Columns, request => Scope.EveryPlan(request, plan => Rows(request, plan))));

    public static readonly CountryTable OfPlan = new(CountryTable.PlanPath + "/indicators", new TableDownload<InPlan<IndicatorSummaryRow>>(
        "plan-indicators", "Table_PlanIndicators", Columns, request => Scope.Plan(request, plan => Rows(request, plan))));

    private static IAsyncEnumerable<InPlan<IndicatorSummaryRow>> Rows(DownloadRequest request, PlanKey plan) =>
        IndicatorQueries.SummaryRows(request.Db, plan.Id, request.Language).Select(row => new InPlan<IndicatorSummaryRow>(plan.Code, row));
}
