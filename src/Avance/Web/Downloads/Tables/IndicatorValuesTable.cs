using Avance.Features.Indicators;
using Avance.Features.Plans;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.InPlan<Avance.Features.Indicators.PublishedIndicatorValueRow>>;

namespace Avance.Web.Downloads.Tables;

/// <summary>
/// Published indicator values, one row per period and slice: the indicator page's values table, or every indicator's of
/// the country's plans. A slice's categories get a column per dimension, as readers know them ("Women", a state's name).
/// </summary>
internal static class IndicatorValuesTable
{
    private static readonly IReadOnlyList<DownloadColumn<InPlan<PublishedIndicatorValueRow>>> Columns =
    [
        C.Of("plan_code", "Field_PlanCode", r => r.PlanCode),
        C.Of("indicator_code", "Field_IndicatorCode", r => r.Row.IndicatorCode),
        C.Of("period", "Field_Period", r => r.Row.Value.Period),
        C.Of("year", "Field_ValueYear", r => r.Row.Value.Year),
        C.Of("disaggregation", "Field_Disaggregation", r => r.Row.Value.Disaggregation),
        .. Enum.GetValues<DisaggregationDimension>().Select(dimension =>
            C.Of(DimensionColumn(dimension), "Field_Dimension_" + dimension, r => r.Row.Value.Parts.FirstOrDefault(p => p.Dimension == dimension)?.Label)),
        C.Of("value", "Field_Value", r => r.Row.Value.Value),
        C.Of("text_value", "Field_TextValue", r => r.Row.Value.TextValue),
        C.Of("narrative", "Field_Narrative", r => r.Row.Value.Narrative),
        .. SourceColumns.For<InPlan<PublishedIndicatorValueRow>>(r => r.Row.Value.Source),
        C.Of("source_date", "Field_SourceDate", r => r.Row.Value.SourceDate),
    ];

    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/plans/indicator-values",
        new TableDownload<InPlan<PublishedIndicatorValueRow>>("indicator-values", "Table_IndicatorValues", Columns,
            request => Scope.EveryPlan(request, plan => Rows(request, plan, null))));

    public static readonly CountryTable OfIndicator = new(CountryTable.IndicatorPath + "/values",
        new TableDownload<InPlan<PublishedIndicatorValueRow>>("indicator-values", "Table_IndicatorValues", Columns,
            request => Scope.Indicator(request, (plan, indicator) => Rows(request, plan, indicator.Id))));

    private static IAsyncEnumerable<InPlan<PublishedIndicatorValueRow>> Rows(DownloadRequest request, PlanKey plan, int? indicatorId) =>
        IndicatorQueries.ValueRows(request.Db, request.Iso2, plan.Id, indicatorId, request.Language)
            .Select(row => new InPlan<PublishedIndicatorValueRow>(plan.Code, row));

    /// <summary>"AgeGroup" is the column "age_group".</summary>
    private static string DimensionColumn(DisaggregationDimension dimension) =>
        string.Concat(dimension.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
