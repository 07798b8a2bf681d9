using System.Globalization;
using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Funding;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Results;

[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class OutcomeModel(AvanceDb db, UiText text) : PageModel
{
    public CountryRow Country { get; private set; } = null!;
    public OutcomeDetail Detail { get; private set; } = null!;
    public FundingChart? FundingChart { get; private set; }

    public string ListAddress => $"/{Languages.Current}/countries/{Country.Iso2}/results";

    public async Task<IActionResult> OnGetAsync(string iso2, int outcomeId, CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        var country = await CountryQueries.Country(db, iso2, language, cancellationToken);
        var detail = country is null ? null : await OutcomeDetailQueries.Detail(db, iso2, outcomeId, language, cancellationToken);
        if (country is null || detail is null) return NotFound();
        Country = country;
        Detail = detail;
        FundingChart = FundingChart.For(detail.FundingByYear, text);
        return Page();
    }

    /// <summary>Money that may be missing: "not reported" is not zero.</summary>
    public string Money(decimal? amount, string currency) => amount is { } value ? Format.Money(value, currency) : text["Results_NotReported"];

    public string IndicatorValue(decimal? value, ResultMeasure measure) => value switch
    {
        null => text["Results_NotReported"],
        { } v when measure == ResultMeasure.Percentage => Format.Number(v) + " %",
        { } v => Format.Number(v),
    };

    /// <summary>"2022" for a calendar year, else the two dates.</summary>
    public string Period(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) when s.Month == 1 && s.Day == 1 && e == new DateOnly(s.Year, 12, 31) => s.Year.ToString(CultureInfo.InvariantCulture),
        ({ } s, { } e) => text["Results_PeriodRange", Format.Date(s), Format.Date(e)],
        _ => text["Results_NoPeriods"],
    };
}
