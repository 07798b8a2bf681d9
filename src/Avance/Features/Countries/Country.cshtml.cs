using Avance.Data;
using Avance.Features.Funding;
using Avance.Features.Plans;
using Avance.Features.Programmes;
using Avance.Features.Results;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Countries;

[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class CountryModel(PublicSnapshots snapshots) : PageModel
{
    public CountryRow Country { get; private set; } = null!;
    public IReadOnlyList<ContextRow> Context { get; private set; } = [];
    public IReadOnlyList<PlanSummaryRow> Plans { get; private set; } = [];
    public IReadOnlyList<OutcomeRow> Outcomes { get; private set; } = [];
    public IReadOnlyList<FundingRow> Funding { get; private set; } = [];
    public IReadOnlyDictionary<string, PlanCountsRow> PlanCounts { get; private set; } = new Dictionary<string, PlanCountsRow>();
    public IReadOnlyList<PlanDocumentRow> Documents { get; private set; } = [];
    public IReadOnlyList<ProgrammeRow> Programmes { get; private set; } = [];

    /// <summary>The download links under the tables, which depend on the language and the country alone.</summary>
    public CountryPageLinks Links { get; private set; } = null!;

    // The country is read from the route rather than bound as a parameter: binding a handler's arguments builds the
    // model-binding value providers on every request, and the route constraint has already checked the value.
    public async Task<IActionResult> OnGetAsync()
    {
        var iso2 = (string)RouteData.Values["iso2"]!;
        var cancellationToken = HttpContext.RequestAborted;
        var language = Languages.Current;
        // The database is asked for only when the snapshot is not kept, so a kept page rents no context from the pool.
        var tables = await snapshots.GetAsync($"country-page:{iso2.ToLowerInvariant()}:{language}",
            () => CountryPageTables.LoadAsync(HttpContext.RequestServices.GetRequiredService<AvanceDb>(), iso2, language, cancellationToken));
        if (tables is null) return NotFound();
        (Country, Context, Plans, Outcomes, Funding, PlanCounts, Documents, Programmes) = tables;
        Links = tables.Links(language);
        return Page();
    }
}

/// <summary>Everything the country overview shows, read together so it can be kept as one snapshot.</summary>
public sealed record CountryPageTables(
    CountryRow Country, IReadOnlyList<ContextRow> Context, IReadOnlyList<PlanSummaryRow> Plans, IReadOnlyList<OutcomeRow> Outcomes,
    IReadOnlyList<FundingRow> Funding, IReadOnlyDictionary<string, PlanCountsRow> PlanCounts, IReadOnlyList<PlanDocumentRow> Documents,
    IReadOnlyList<ProgrammeRow> Programmes)
{
    private CountryPageLinks? links;

    /// <summary>
    /// The links, written once per snapshot: a snapshot holds one language, and publishing replaces the snapshot, so a
    /// renamed country gets new links with its new rows.
    /// </summary>
    public CountryPageLinks Links(string language) => links ??= CountryPageLinks.Write(language, Country);

    /// <summary>Null when Avance holds no such country.</summary>
    public static async Task<CountryPageTables?> LoadAsync(AvanceDb db, string iso2, string language, CancellationToken cancellationToken)
    {
        var country = await CountryQueries.Country(db, iso2, language, cancellationToken);
        if (country is null) return null;
        return new CountryPageTables(
            country,
            await CountryQueries.Context(db, iso2, language, cancellationToken),
            await PlanQueries.Plans(db, iso2, language, cancellationToken),
            await ResultsQueries.Outcomes(db, iso2, language, cancellationToken),
            await FundingQueries.Contributions(db, iso2, language, cancellationToken),
            await CountryPlanFacts.Counts(db, iso2, cancellationToken),
            await CountryPlanFacts.Documents(db, iso2, cancellationToken),
            await ProgrammeQueries.Programmes(db, iso2, language, cancellationToken));
    }
}
