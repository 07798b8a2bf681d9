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

        Assert.All(CountryTables.Mapped, table =>
        {
            var title = UiText.Get(table.Table.TitleKey, culture);
            Assert.DoesNotContain("⟦", title);
            Assert.InRange(title.Length, 1, 31);
        });
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void EveryColumn_IsDescribed(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        Assert.All(CountryTables.Mapped.SelectMany(t => t.Table.Fields), field => Assert.DoesNotContain("⟦", UiText.Get(field.DescriptionKey, culture)));
    }

    [Fact]
    public void EveryTable_HasItsOwnName_AndAddress_UnderTheCountryPage()
    {
        var mapped = CountryTables.Mapped.ToList();
        Assert.Equal(CountryTables.All.Count, CountryTables.All.Select(t => t.Table.Name).Distinct().Count());
        Assert.Equal(mapped.Count, mapped.Select(t => t.Pattern).Distinct().Count());
        Assert.All(mapped, t => Assert.StartsWith("/{lang:", t.Pattern));
        Assert.All(mapped, t => Assert.Matches("^[a-z0-9-]+$", t.Table.Name));
    }

    [Fact]
    public void ATablesCountryAndPageVersions_HaveTheSameColumns()
    {
        foreach (var page in CountryTables.OnPages)
            if (CountryTables.All.FirstOrDefault(t => t.Table.Name == page.Table.Name) is { } country)
                Assert.Equal(country.Table.Fields, page.Table.Fields);
    }
}
