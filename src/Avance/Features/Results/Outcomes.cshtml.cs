using System.Globalization;
using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Errors;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;

namespace Avance.Features.Results;

[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class OutcomesModel(AvanceDb db, UiText text) : PageModel
{
    public const int DefaultPageSize = 5;

    public CountryRow Country { get; private set; } = null!;
    public OutcomeFilter Filter { get; private set; } = OutcomeFilter.None;
    public Paged<OutcomeRow> Outcomes { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool CountryHasSdgAllocations { get; private set; }

    public string Address => $"/{Languages.Current}/countries/{Country.Iso2}/results";

    // "page" is a route value of every Razor page (its path), so the page number is read under another name.
    public async Task<IActionResult> OnGetAsync(string iso2, string? year, string? sdg, string? status,
        [FromQuery(Name = "page")] string? pageNumber, string? pageSize, CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        var country = await CountryQueries.Country(db, iso2, language, cancellationToken);
        if (country is null) return NotFound();
        Country = country;

        var filter = OutcomeFilter.TryParse(year, sdg, status, out var filterError);
        var paging = QueryValues.Paging(pageNumber, pageSize, DefaultPageSize, out var pagingError);
        if (filter is null || paging is null)
        {
            ErrorDetail.Explain(HttpContext, text[(filterError ?? pagingError)!]);
            return BadRequest();
        }
        Filter = filter;
        Outcomes = await ResultsQueries.OutcomePage(db, iso2, language, filter, paging, cancellationToken);
        if (!Outcomes.Exists) return NotFound();
        Years = await ResultsQueries.FilterYears(db, iso2, cancellationToken);
        CountryHasSdgAllocations = await ResultsQueries.HasSdgAllocations(db, iso2, cancellationToken);
        return Page();
    }

    /// <summary>This list at another page number, keeping the filters and the page size.</summary>
    public string PageAddress(int page)
    {
        var query = Filter.ToQuery().ToList();
        if (page > 1) query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        if (Outcomes.PageSize != DefaultPageSize) query.Add(new("pageSize", Outcomes.PageSize.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(Address, query);
    }

    /// <summary>The page numbers to link: the first, the last and two either side of the current one; null marks a gap.</summary>
    public IEnumerable<int?> PageNumbers()
    {
        var previous = 0;
        foreach (var number in Enumerable.Range(1, Outcomes.Pages).Where(n => n == 1 || n == Outcomes.Pages || Math.Abs(n - Outcomes.Page) <= 2))
        {
            if (number > previous + 1) yield return null;
            yield return previous = number;
        }
    }

    public string OutcomeAddress(OutcomeRow outcome) => $"{Address}/{outcome.Id}";
}
