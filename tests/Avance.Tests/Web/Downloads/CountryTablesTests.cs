using System.Globalization;
using Avance.Web;
using Avance.Web.Downloads;

namespace Avance.Tests.Web.Downloads;

public sealed class CountryTablesTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void EveryTableTitle_FitsASpreadsheetSheetName(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        Assert.All(CountryTables.All, table =>
        {
            var title = UiText.Get(table.Table.TitleKey, culture);
            Assert.DoesNotContain("⟦", title);
            Assert.InRange(title.Length, 1, 31);
        });
    }

    [Fact]
    public void EveryTable_HasItsOwnName_AndAddress_UnderTheCountryPage()
    {
        Assert.Equal(CountryTables.All.Count, CountryTables.All.Select(t => t.Table.Name).Distinct().Count());
        Assert.Equal(CountryTables.All.Count, CountryTables.All.Select(t => t.Pattern).Distinct().Count());
        Assert.All(CountryTables.All, t => Assert.StartsWith("/{lang:", t.Pattern));
        Assert.All(CountryTables.All, t => Assert.Matches("^[a-z0-9-]+$", t.Table.Name));
    }
}
