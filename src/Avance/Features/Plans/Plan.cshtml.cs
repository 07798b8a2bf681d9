using Avance.Data;
using Avance.Features.Countries;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Plans;

/// <summary>The plan explorer: one plan under the tabs a civil-society reader expects, as links so it works without script.</summary>
[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class PlanModel(AvanceDb db) : PageModel
{
    public const string DefaultTab = "objectives";
    public static readonly IReadOnlyList<string> Tabs =
        ["actors", "timeframe", "objectives", "actions", "indicators", "monitoring", "budget", "disarmament"];

    public PlanDetail Plan { get; private set; } = null!;
    public CountryRow Country { get; private set; } = null!;
    public string Tab { get; private set; } = DefaultTab;

    public async Task<IActionResult> OnGetAsync(string iso2, string code, string? tab, CancellationToken cancellationToken)
    {
        Tab = string.IsNullOrEmpty(tab) ? DefaultTab : tab.ToLowerInvariant();
        if (!Tabs.Contains(Tab)) return NotFound();
        var language = Languages.Current;
        if (await CountryQueries.Country(db, iso2, language, cancellationToken) is not { } country) return NotFound();
        if (await PlanDetailQueries.Detail(db, iso2, code, language, cancellationToken) is not { } plan) return NotFound();
        Country = country;
        Plan = plan;
        return Page();
    }

    /// <summary>Each tab is a partial named after it: "actors" is _ActorsTab.</summary>
    public string TabPartial => $"_{char.ToUpperInvariant(Tab[0])}{Tab[1..]}Tab";

    public string CountryUrl => $"/{Languages.Current}/countries/{Country.Iso2}";

    /// <summary>The default tab's address has no query, so each tab has exactly one address.</summary>
    public string TabUrl(string tab) => $"{CountryUrl}/plans/{Plan.Code}" + (tab == DefaultTab ? "" : $"?tab={tab}");

    public string IndicatorUrl(string indicatorCode) => $"{CountryUrl}/plans/{Plan.Code}/indicators/{Uri.EscapeDataString(indicatorCode)}";

    public string PillarName(int number) => Plan.Pillars.FirstOrDefault(p => p.Number == number)?.Name ?? number.ToString(System.Globalization.CultureInfo.CurrentCulture);
}
