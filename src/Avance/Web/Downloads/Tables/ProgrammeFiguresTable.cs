using Avance.Features.Programmes;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.InProgramme<Avance.Features.Programmes.ProgrammeFigureRow>>;

namespace Avance.Web.Downloads.Tables;

/// <summary>
/// A programme's figures by year, metric and place, each with its source, so sources that disagree stand side by side;
/// or every programme's of the country. One programme's file takes the API's year, metric and state filters.
/// </summary>
internal static class ProgrammeFiguresTable
{
    private static readonly IReadOnlyList<DownloadColumn<InProgramme<ProgrammeFigureRow>>> Columns =
    [
        C.Of("programme_code", "Field_ProgrammeCode", r => r.ProgrammeCode),
        C.Of("year", "Field_FigureYear", r => r.Row.Year),
        C.Of("metric", "Field_Metric", r => r.Row.Metric),
        C.Of("state_code", "Field_StateCode", r => r.Row.StateCode),
        C.Of("state", "Field_State", r => r.Row.State),
        C.Of("municipality", "Field_Municipality", r => r.Row.Municipality),
        C.Of("value", "Field_FigureValue", r => r.Row.Value),
        C.Of("is_lower_bound", "Field_IsLowerBound", r => r.Row.IsLowerBound),
        C.Of("currency", "Field_FigureCurrency", r => r.Row.Currency),
        C.Of("channel", "Field_Channel", r => r.Row.Channel),
        .. SourceColumns.For<InProgramme<ProgrammeFigureRow>>(r => r.Row.Source),
    ];

    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/programmes/figures",
        new TableDownload<InProgramme<ProgrammeFigureRow>>("programme-figures", "Table_ProgrammeFigures", Columns,
            request => Scope.EveryProgramme(request, programme => Rows(request, programme, new FigureFilter()))));

    public static readonly CountryTable OfProgramme = new(CountryTable.ProgrammePath + "/figures",
        new TableDownload<InProgramme<ProgrammeFigureRow>>("programme-figures", "Table_ProgrammeFigures", Columns, Filtered));

    private static async Task<DownloadRows<InProgramme<ProgrammeFigureRow>>> Filtered(DownloadRequest request)
    {
        var programme = await ProgrammeQueries.Programme(request.Db, request.Iso2, request.Route("code"), request.Language, request.CancellationToken);
        if (programme is null) return DownloadRows<InProgramme<ProgrammeFigureRow>>.NotFound;
        var (filter, problem) = await Filter(request);
        return filter is null
            ? DownloadRows<InProgramme<ProgrammeFigureRow>>.Invalid(problem!)
            : DownloadRows<InProgramme<ProgrammeFigureRow>>.Of(Rows(request, programme, filter));
    }

    /// <summary>The year, metric and state values as the programmes API reads them, with the same explanations when they are wrong.</summary>
    private static async Task<(FigureFilter? Filter, string? Problem)> Filter(DownloadRequest request)
    {
        if (!FigureFilter.TryParseYear(request.Filter("year"), out var year))
            return (null, request.Text("ProgrammesYearInvalid", FigureFilter.EarliestYear, FigureFilter.LatestYear));
        if (!FigureFilter.TryParseMetric(request.Filter("metric"), out var metric))
            return (null, request.Text("ProgrammesMetricInvalid", FigureFilter.MetricNames));
        var state = request.Filter("state");
        var nationalOnly = string.Equals(state, FigureFilter.National, StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(state) && !nationalOnly
            && !await ProgrammeQueries.StateExists(request.Db, request.Iso2, state, request.CancellationToken))
            return (null, request.Text("ProgrammesStateInvalid", FigureFilter.National));
        return (new FigureFilter(year, metric, nationalOnly || string.IsNullOrEmpty(state) ? null : state, nationalOnly), null);
    }

    private static IAsyncEnumerable<InProgramme<ProgrammeFigureRow>> Rows(DownloadRequest request, ProgrammeRow programme, FigureFilter filter) =>
        ProgrammeQueries.FigureRows(request.Db, request.Iso2, programme.Code, filter)
            .Select(row => new InProgramme<ProgrammeFigureRow>(programme.Code, row));
}
