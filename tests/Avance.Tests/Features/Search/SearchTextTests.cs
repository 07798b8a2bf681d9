using Avance.Features.Search;

namespace Avance.Tests.Features.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("construccion")]
    [InlineData("construcción")]
    [InlineData("CONSTRUCCIÓN")]
    [InlineData("Constru\u0301ccio\u0301n")]
    public void Words_IgnoreAccentsAndCase(string text) =>
        Assert.Equal(["construccion"], SearchText.Words(text));

    [Fact]
    public void Words_KeepOnlyLettersAndDigits_SoOperatorsAndSqlAreJustWords()
    {
        var words = SearchText.Words("\"' OR 1=1 -- NEAR(a b) * ^ : ( ) - a AND \"género\"*");

        Assert.Equal(["or", "1", "1", "near", "a", "b", "a", "and", "genero"], words);
    }

    [Fact]
    public void Words_DropEmojiAndBrokenCharacters()
    {
        Assert.Equal(["paz", "mujeres"], SearchText.Words("🕊️ paz \uD800 mujeres 👩🏽‍⚖️"));
    }

    [Fact]
    public void Words_CutVeryLongWordsToTheSameLengthEverywhere()
    {
        var word = Assert.Single(SearchText.Words(new string('x', 500)));

        Assert.Equal(SearchText.MaxWordLength, word.Length);
    }

    [Fact]
    public void IndexForm_PutsOneSpaceBeforeEachWord()
    {
        Assert.Equal(" plan nacional de accion pna 1325", SearchText.IndexForm("  Plan Nacional de Acción (PNA-1325).\n"));
    }
}
