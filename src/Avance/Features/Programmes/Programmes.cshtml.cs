using Avance.Data;
using Avance.Features.Countries;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Programmes;

[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class ProgrammesModel(AvanceDb db) : PageModel
{
    public CountryRow Country { get; private set; } = null!;
    public IReadOnlyList<ProgrammeRow> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string iso2, CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        var country = await CountryQueries.Country(db, iso2, language, cancellationToken);
        if (country is null) return NotFound();
        Country = country;
        Programmes = await ProgrammeQueries.Programmes(db, iso2, language, cancellationToken);
        return Page();
    }
}
