using Avance.Data;
using Avance.Features.Countries;
using Avance.Web;
using Avance.Web.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Indicators;

[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class IndicatorModel(AvanceDb db, UiText text) : PageModel
{
    public IndicatorDetail Indicator { get; private set; } = null!;
    public CountryRow Country { get; private set; } = null!;
    public IReadOnlyList<BarChartData> Charts { get; private set; } = [];
    public IReadOnlyList<DisaggregationDimension> NotReported { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string iso2, string code, string indicatorCode, CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        if (await CountryQueries.Country(db, iso2, language, cancellationToken) is not { } country) return NotFound();
        if (await IndicatorQueries.Detail(db, iso2, code, indicatorCode, language, cancellationToken) is not { } indicator) return NotFound();
        Country = country;
        Indicator = indicator;
        Charts = IndicatorCharts.For(indicator, text);
        NotReported = IndicatorCharts.NotReported(indicator);
        return Page();
    }

    public string PlanUrl(string? tab = null) =>
        $"/{Languages.Current}/countries/{Country.Iso2}/plans/{Indicator.PlanCode}" + (tab is null ? "" : $"?tab={tab}");

    public string Value(decimal? value, string? textValue) => IndicatorFormat.Value(text, Indicator.Type, value, textValue);

    public string Slice(IndicatorValueRow row) => IndicatorFormat.Slice(text, row.Parts);
}
