using System.Globalization;
using Avance.Web;
using Avance.Web.Downloads;

namespace Avance.Tests.Web.Downloads;

public sealed class DownloadLinksTests
{
    [Fact]
    public void TableLinks_PointAtTheThreeFormats_WithTheirMediaTypesAndHints()
    {
        var html = InCulture("en", () => DownloadLinks.Render("/en/countries/mx/results/outcomes", new UiText()).ToString()!);

        Assert.StartsWith("<p class=\"downloads\">Download this table: ", html);
        Assert.Contains("<a href=\"/en/countries/mx/results/outcomes.csv\" type=\"text/csv\">CSV<span class=\"hint\"> (", html);
        Assert.Contains("href=\"/en/countries/mx/results/outcomes.xlsx\"", html);
        Assert.Contains("href=\"/en/countries/mx/results/outcomes.json\"", html);
        Assert.Contains(">Excel<span class=\"hint\"> (Excel workbook)</span></a>", html);
        Assert.DoesNotContain("⟦", html);
    }

    [Fact]
    public void TableLinks_InSpanish_AreSpanish_AndKeepAccentsReadable()
    {
        var html = InCulture("es", () => DownloadLinks.Render("/es/countries/mx/results/funding", new UiText()).ToString()!);

        Assert.Contains("Descargar esta tabla:", html);
        Assert.Contains("hoja de cálculo", html);
        Assert.DoesNotContain("⟦", html);
    }

    [Fact]
    public void TableLinks_WithATableName_TellScreenReadersWhichTableEachFileHolds()
    {
        var html = InCulture("en", () => DownloadLinks.Render("/en/countries/mx/results/funding", new UiText(), "Funding partners").ToString()!);

        Assert.Contains(">JSON<span class=\"hint\"> (Funding partners: JSON data, for programs)</span></a>", html);
    }

    [Fact]
    public void TableLinks_CarryThePagesFilters_ToEveryFormat_AndMaySayWhatTheFileHolds()
    {
        var html = InCulture("en", () => DownloadLinks.Render("/en/countries/mx/programmes/mucpaz/figures", new UiText(), "National figures",
            query: [new("year", "2021"), new("metric", null), new("state", "national")], lead: "Download the national figures for 2021:").ToString()!);

        Assert.StartsWith("<p class=\"downloads\">Download the national figures for 2021: ", html);
        Assert.Contains("href=\"/en/countries/mx/programmes/mucpaz/figures.csv?year=2021&amp;state=national\"", html);
        Assert.Contains("href=\"/en/countries/mx/programmes/mucpaz/figures.xlsx?year=2021&amp;state=national\"", html);
        Assert.Contains("href=\"/en/countries/mx/programmes/mucpaz/figures.json?year=2021&amp;state=national\"", html);
    }

    [Fact]
    public void DataPackageLink_NamesTheCountry_AndSaysWhatTheZipHolds()
    {
        var html = InCulture("es", () => DownloadLinks.RenderDataPackage("/es/countries/mx", "México", new UiText()).ToString()!);

        Assert.Contains("href=\"/es/countries/mx/data-package.zip\"", html);
        Assert.Contains("Todos los datos de México en un archivo", html);
        Assert.Contains("type=\"application/zip\"", html);
    }

    [Fact]
    public void Links_EncodeThePath()
    {
        var html = InCulture("en", () => DownloadLinks.Render("/en/\"><script>", new UiText()).ToString()!);

        Assert.DoesNotContain("<script>", html);
    }

    private static string InCulture(string language, Func<string> render)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
