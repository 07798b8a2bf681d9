using Avance.Data;
using Avance.Tests.Infrastructure;
using Avance.Web;
using Avance.Web.Downloads;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Countries;

/// <summary>The country page's download links are written once per kept snapshot: they must read as the download helpers write them, and follow the data.</summary>
public sealed class CountryPageLinksTests
{
    [Theory]
    [InlineData("en", "Mexico")]
    [InlineData("es", "México")]
    public async Task Links_AreThoseTheDownloadHelpersWrite_InThePagesLanguage(string language, string country)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite), new Dictionary<string, string> { ["Avance:Cache:Minutes"] = "0" });
        var client = app.CreateClient();

        foreach (var _ in new[] { "first, loading the rows", "second, from the kept rows" })
        {
            var page = await client.GetStringAsync($"/{language}/countries/mx");

            using var culture = new ReaderCulture(language);
            var text = new UiText();
            var path = $"/{language}/countries/mx";
            Assert.Contains(Html(DownloadLinks.RenderDataPackage(path, country, text)), page, StringComparison.Ordinal);
            Assert.Contains(Html(DownloadLinks.Render(path + "/context", text, text["CountryContext"])), page, StringComparison.Ordinal);
            Assert.Contains(Html(DownloadLinks.Render(path + "/plans/objectives", text, text["NationalActionPlans"])), page, StringComparison.Ordinal);
            Assert.Contains(Html(DownloadLinks.Render(path + "/results/outcomes", text, text["OutcomesCaption"])), page, StringComparison.Ordinal);
            Assert.Contains(Html(DownloadLinks.Render(path + "/results/funding", text, text["FundingCaption"])), page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RenamedCountry_GetsNewLinks_OncePublishedDataIsInvalidated()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite), new Dictionary<string, string> { ["Avance:Cache:Minutes"] = "0" });
        var client = app.CreateClient();
        const string before = "All data for Mexico in one file", after = "All data for United Mexican States in one file";
        Assert.Contains(before, await client.GetStringAsync("/en/countries/mx"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AvanceDb>();
            var name = await db.Countries.AsTracking().Where(c => c.Iso2 == "MX").Select(c => c.Name).SingleAsync();
            name.Set("en", "United Mexican States");
            await db.SaveChangesAsync();
        }
        Assert.Contains(before, await client.GetStringAsync("/en/countries/mx"));

        await PublicDataCache.InvalidateAsync(app.Services.GetRequiredService<IOutputCacheStore>(), CancellationToken.None);

        var page = await client.GetStringAsync("/en/countries/mx");
        Assert.Contains(after, page);
        Assert.DoesNotContain(before, page);
    }

    private static string Html(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
