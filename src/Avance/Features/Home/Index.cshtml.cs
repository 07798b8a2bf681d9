using Avance.Data;
using Avance.Features.Countries;
using Avance.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Home;

[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class IndexModel(AvanceDb db) : PageModel
{
    public IReadOnlyList<CountryRow> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Countries = await CountryQueries.Countries(db, Languages.Current, cancellationToken);
}
