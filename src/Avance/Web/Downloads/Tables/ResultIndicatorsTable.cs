using Avance.Features.Results;
using C = Avance.Web.Downloads.Column<Avance.Features.Results.ResultIndicatorPeriodRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>An outcome's result indicators, one row per reporting period; an indicator without periods has one row with those cells empty.</summary>
internal static class ResultIndicatorsTable
{
    public static readonly CountryTable OfOutcome = new(CountryTable.OutcomePath + "/indicators", new TableDownload<ResultIndicatorPeriodRow>(
        "result-indicators", "Table_ResultIndicators",
        [
            C.Of("outcome_id", "Field_OutcomeId", r => r.OutcomeId),
            C.Of("indicator_id", "Field_ResultIndicatorId", r => r.IndicatorId),
            C.Of("indicator", "Field_ResultIndicator", r => r.Indicator),
            C.Of("measure", "Field_Measure", r => r.Measure),
            C.Of("is_complementary", "Field_IsComplementary", r => r.IsComplementary),
            C.Of("baseline_year", "Field_BaselineYear", r => r.BaselineYear),
            C.Of("baseline_value", "Field_BaselineValue", r => r.BaselineValue),
            C.Of("period_start", "Field_PeriodStart", r => r.PeriodStart),
            C.Of("period_end", "Field_PeriodEnd", r => r.PeriodEnd),
            C.Of("target", "Field_PeriodTarget", r => r.Target),
            C.Of("actual", "Field_PeriodActual", r => r.Actual),
            C.Of("comment", "Field_PeriodComment", r => r.Comment),
            .. SourceColumns.For<ResultIndicatorPeriodRow>(r => r.Source),
        ],
        request => Scope.Outcome(request, outcome => OutcomeDetailQueries.IndicatorPeriodRows(request.Db, outcome.Id, request.Language))));
}
