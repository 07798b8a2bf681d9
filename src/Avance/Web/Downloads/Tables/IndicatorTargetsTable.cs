using Avance.Features.Indicators;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.InIndicator<Avance.Features.Indicators.TargetRow>>;

namespace Avance.Web.Downloads.Tables;

/// <summary>The indicator page's targets, year by year.</summary>
internal static class IndicatorTargetsTable
{
    public static readonly CountryTable OfIndicator = new(CountryTable.IndicatorPath + "/targets", new TableDownload<InIndicator<TargetRow>>(
        "indicator-targets", "Table_IndicatorTargets",
        [
            C.Of("plan_code", "Field_PlanCode", r => r.PlanCode),
            C.Of("indicator_code", "Field_IndicatorCode", r => r.IndicatorCode),
            C.Of("year", "Field_TargetYear", r => r.Row.Year),
            C.Of("target", "Field_Target", r => r.Row.Value),
            C.Of("description", "Field_TargetDescription", r => r.Row.Description),
        ],
        request => Scope.Indicator(request, (plan, indicator) => IndicatorQueries.TargetRows(request.Db, indicator.Id, request.Language)
            .Select(row => new InIndicator<TargetRow>(plan.Code, indicator.Code, row)))));
}
