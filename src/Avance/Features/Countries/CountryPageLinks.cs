using Avance.Web;
using Avance.Web.Downloads;
using Microsoft.AspNetCore.Html;

namespace Avance.Features.Countries;

/// <summary>The country page's download links, which name the language, the country and interface text, never figures.</summary>
public sealed record CountryPageLinks(IHtmlContent DataPackage, IHtmlContent Context, IHtmlContent Plans, IHtmlContent Outcomes, IHtmlContent Funding)
{
    /// <summary>Needs the request's culture to be that of <paramref name="language"/>: the link texts are interface strings.</summary>
    public static CountryPageLinks Write(string language, CountryRow country)
    {
        var text = new UiText();
        var path = $"/{language}/countries/{country.Iso2}";
        return new CountryPageLinks(
            DownloadLinks.RenderDataPackage(path, country.Name, text),
            DownloadLinks.Render(path + "/context", text, text["CountryContext"]),
            DownloadLinks.Render(path + "/plans/objectives", text, text["NationalActionPlans"]),
            DownloadLinks.Render(path + "/results/outcomes", text, text["OutcomesCaption"]),
            DownloadLinks.Render(path + "/results/funding", text, text["FundingCaption"]));
    }
}
