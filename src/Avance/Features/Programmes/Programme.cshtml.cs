using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Errors;
using Avance.Web;
using Avance.Web.Maps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Programmes;

[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class ProgrammeModel(AvanceDb db, UiText text) : PageModel
{
    public CountryRow Country { get; private set; } = null!;
    public ProgrammeRow Programme { get; private set; } = null!;
    /// <summary>Null only when the programme has no figures at all.</summary>
    public int? Year { get; private set; }
    public ProgrammeMetric Metric { get; private set; }
    public IReadOnlyList<ProgrammeFigureRow> StateFigures { get; private set; } = [];
    public IReadOnlyList<IGrouping<ProgrammeMetric, ProgrammeFigureRow>> NationalFigures { get; private set; } = [];
    public ProgrammeMapView? Map { get; private set; }

    public async Task<IActionResult> OnGetAsync(string iso2, string code, string? year, string? metric, CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        var country = await CountryQueries.Country(db, iso2, language, cancellationToken);
        var programme = country is null ? null : await ProgrammeQueries.Programme(db, iso2, code, language, cancellationToken);
        if (country is null || programme is null) return NotFound();
        if (!FigureFilter.TryParseYear(year, out var askedYear))
            return Invalid(text["ProgrammesYearInvalid", FigureFilter.EarliestYear, FigureFilter.LatestYear]);
        if (askedYear is { } asked && !programme.Years.Contains(asked))
            return Invalid(text["ProgrammesYearWithoutFigures", string.Join(", ", programme.Years)]);
        if (!FigureFilter.TryParseMetric(metric, out var askedMetric))
            return Invalid(text["ProgrammesMetricInvalid", FigureFilter.MetricNames]);

        Country = country;
        Programme = programme;
        Year = askedYear ?? (programme.Years.Count > 0 ? programme.Years[0] : null);
        if (Year is not { } shown) return Page();

        var figures = await ProgrammeQueries.Figures(db, iso2, programme.Code, new FigureFilter(Year: shown), cancellationToken);
        Metric = askedMetric ?? MostMapped(figures);
        StateFigures = [.. figures.Where(f => f.StateCode is not null && f.Metric == Metric)];
        NationalFigures = [.. figures.Where(f => f.StateCode is null).GroupBy(f => f.Metric)];
        if (CountryMaps.For(iso2) is { } map) Map = ProgrammeMap.Render(map, text, Metric, shown, StateFigures);
        return Page();
    }

    /// <summary>The metric the year has most state figures for, so the first view of a year is a map with something on it.</summary>
    private static ProgrammeMetric MostMapped(IReadOnlyList<ProgrammeFigureRow> figures) =>
        figures.Where(f => f.StateCode is not null).GroupBy(f => f.Metric)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (ProgrammeMetric?)g.Key).FirstOrDefault()
        ?? figures.Select(f => (ProgrammeMetric?)f.Metric).FirstOrDefault()
        ?? ProgrammeMetric.Networks;

    private BadRequestResult Invalid(string detail)
    {
        ErrorDetail.Explain(HttpContext, detail);
        return BadRequest();
    }
}
