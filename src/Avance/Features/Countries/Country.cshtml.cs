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
public sealed class CountryModel(AvanceDb db) : PageModel
{
    public CountryRow Country { get; private set; } = null!;
    public IReadOnlyList<ContextRow> Context { get; private set; } = [];
    public IReadOnlyList<PlanSummaryRow> Plans { get; private set; } = [];
    public IReadOnlyList<OutcomeRow> Outcomes { get; private set; } = [];
    public IReadOnlyList<FundingRow> Funding { get; private set; } = [];
    public IReadOnlyDictionary<string, PlanCountsRow> PlanCounts { get; private set; } = new Dictionary<string, PlanCountsRow>();
    public IReadOnlyList<PlanDocumentRow> Documents { get; private set; } = [];
    public IReadOnlyList<ProgrammeRow> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string iso2, CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        var country = await CountryQueries.Country(db, iso2, language, cancellationToken);
        if (country is null) return NotFound();
        Country = country;
        Context = await CountryQueries.Context(db, iso2, language, cancellationToken);
        Plans = await PlanQueries.Plans(db, iso2, language, cancellationToken);
        Outcomes = await ResultsQueries.Outcomes(db, iso2, language, cancellationToken);
        Funding = await FundingQueries.Contributions(db, iso2, language, cancellationToken);
        PlanCounts = await CountryPlanFacts.Counts(db, iso2, cancellationToken);
        Documents = await CountryPlanFacts.Documents(db, iso2, cancellationToken);
        Programmes = await ProgrammeQueries.Programmes(db, iso2, language, cancellationToken);
        return Page();
    }
}
