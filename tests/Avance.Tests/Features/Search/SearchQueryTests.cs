using Avance.Features.Search;

namespace Avance.Tests.Features.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Parse_NothingToSearchFor_IsMissing(string? text)
    {
        Assert.Null(SearchQuery.Parse(text, out var error));
        Assert.Equal("SearchQueryMissing", error);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(10_000)]
    public void Parse_LongerThan200Characters_IsTooLong(int length)
    {
        Assert.Null(SearchQuery.Parse(new string('a', length), out var error));
        Assert.Equal("SearchQueryTooLong", error);
    }

    [Fact]
    public void Parse_200Characters_CountingEmojiAsOne_IsAccepted()
    {
        var text = string.Concat(Enumerable.Repeat("🕊", 100)) + new string('a', 100);

        Assert.NotNull(SearchQuery.Parse(text, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void Parse_MoreThanTenWords_KeepsTheFirstTenDifferentOnes()
    {
        var query = SearchQuery.Parse("uno uno dos tres cuatro cinco seis siete ocho nueve diez once doce", out _)!;

        Assert.Equal(["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"], query.Terms);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("🕊️👩🏽‍⚖️")]
    public void Parse_NoLettersOrDigits_IsAQueryWithoutTerms(string text)
    {
        var query = SearchQuery.Parse(text, out var error);

        Assert.Null(error);
        Assert.Empty(query!.Terms);
    }
}
