using Avance.Iati.Codes;

namespace Avance.Iati.Tests.Codes;

public class VocabularyCodelistsTests
{
    [Theory]
    [InlineData(null, "Sector")]
    [InlineData("1", "Sector")]
    [InlineData("2", "SectorCategory")]
    [InlineData("7", "UNSDG-Goals")]
    [InlineData("8", "UNSDG-Targets")]
    [InlineData("9", "UNSDG-Indicators")]
    [InlineData("98", null)]
    [InlineData("99", null)]
    [InlineData("3", null)]
    public void Sector_vocabularies_map_to_their_codelists(string? vocabulary, string? codelist) =>
        Assert.Equal(codelist, VocabularyCodelists.ForSector(vocabulary));

    [Fact]
    public void Sector_vocabularies_map_to_lists_that_exist_except_SDG_indicators()
    {
        string?[] vocabularies = [null, "1", "2", "7", "8", "9"];
        var missing = vocabularies.Select(VocabularyCodelists.ForSector).OfType<string>()
            .Where(list => !IatiCodelists.Embedded.Contains(list));

        Assert.Equal(["UNSDG-Indicators"], missing);
    }

    [Theory]
    [InlineData("2", "UNSDG-Goals")]
    [InlineData("3", "UNSDG-Targets")]
    [InlineData("1", null)]
    [InlineData("99", null)]
    [InlineData(null, null)]
    public void Tag_vocabularies_map_to_their_codelists(string? vocabulary, string? codelist) =>
        Assert.Equal(codelist, VocabularyCodelists.ForTag(vocabulary));

    [Theory]
    [InlineData(null, "AidType")]
    [InlineData("2", "EarmarkingCategory")]
    [InlineData("4", "CashandVoucherModalities")]
    [InlineData("3", null)]
    public void Aid_type_vocabularies_map_to_their_codelists(string? vocabulary, string? codelist) =>
        Assert.Equal(codelist, VocabularyCodelists.ForAidType(vocabulary));

    [Fact]
    public void Policy_markers_and_regions_are_checked_only_in_the_default_vocabulary()
    {
        Assert.Equal("PolicyMarker", VocabularyCodelists.ForPolicyMarker(null));
        Assert.Null(VocabularyCodelists.ForPolicyMarker("99"));
        Assert.Equal("Region", VocabularyCodelists.ForRegion("1"));
        Assert.Null(VocabularyCodelists.ForRegion("2"));
    }
}
