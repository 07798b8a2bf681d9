using Avance.Features.Search;

namespace Avance.Tests.Features.Search;

public sealed class SnippetTests
{
    [Fact]
    public void Snippet_MarksEveryMatchingWord_WhateverItsAccentsAndCase()
    {
        var segments = Snippet.Build("Perspectiva de género y GÉNERO, no generación.", ["genero"]);

        Assert.Equal(["género", "GÉNERO"], segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.Equal("Perspectiva de género y GÉNERO, no generación.", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Snippet_MarksWordsThatStartWithATerm()
    {
        var segments = Snippet.Build("La construcción de paz.", ["constru"]);

        Assert.Equal("construcción", Assert.Single(segments, s => s.IsMatch).Text);
    }

    [Fact]
    public void Snippet_OfALongText_IsAWindowOfThirtyWordsAroundTheFirstMatch()
    {
        var words = Enumerable.Range(1, 200).Select(i => $"w{i}").ToList();
        words[120] = "Justicia";

        var segments = Snippet.Build(string.Join(' ', words), ["justicia"]);
        var text = string.Concat(segments.Select(s => s.Text));

        Assert.StartsWith("… w113 ", text);
        Assert.EndsWith(" w142 …", text);
        Assert.Equal(Snippet.WindowWords, text.Trim('…', ' ').Split(' ').Length);
        Assert.Equal("Justicia", Assert.Single(segments, s => s.IsMatch).Text);
    }

    [Fact]
    public void Snippet_NeverStartsOrStopsInsideAWordWrittenWithAJoiner()
    {
        // Eight words before the match, the window would start at the "s" of "women's" and stop at the "responsible"
        // of "co-responsible".
        var before = "alpha women's beta gamma delta epsilon zeta eta theta";
        var after = string.Join(' ', Enumerable.Range(1, 20).Select(i => $"w{i}")) + " co-responsible w21 w22";

        var text = string.Concat(Snippet.Build($"{before} justicia {after}", ["justicia"]).Select(s => s.Text));

        Assert.StartsWith("… women's beta", text);
        Assert.EndsWith(" w20 co-responsible …", text);
    }

    [Fact]
    public void Snippet_WithoutAMatchInTheText_IsItsBeginning()
    {
        var segments = Snippet.Build(string.Join(' ', Enumerable.Range(1, 50).Select(i => $"w{i}")), ["absent"]);

        var only = Assert.Single(segments);
        Assert.False(only.IsMatch);
        Assert.StartsWith("w1 w2", only.Text);
        Assert.EndsWith("w30 …", only.Text);
    }

    [Fact]
    public void Snippet_KeepsMarkupAsPlainText_AndJoinsLines()
    {
        var segments = Snippet.Build("<b>género</b>\n\nand more", ["genero"]);

        Assert.Equal<SnippetSegment>([new("<b>", false), new("género", true), new("</b> and more", false)], segments);
    }

    [Fact]
    public void Snippet_OfAnEmptyText_IsEmpty() => Assert.Empty(Snippet.Build("", ["paz"]));
}
