using Avance.Sanitising;
using static Avance.Tests.Sanitising.SanitiserSamples;

namespace Avance.Tests.Sanitising;

public sealed class SafeHtmlTests
{

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ToSafeHtml_ReturnsEmptyForNullOrEmpty(string? input) =>
        Assert.Equal(string.Empty, TextSanitiser.ToSafeHtml(input));

    [Fact]
    public void ToSafeHtml_KeepsAllowListedElements()
    {
        const string html = "<p>a <strong>b</strong> <b>c</b> <em>d</em> <i>e</i> note<sup>1</sup> H<sub>2</sub>O<br>f</p>"
            + "<ul><li>g</li></ul><ol><li>h</li></ol><blockquote><p>q</p></blockquote>";

        Assert.Equal(html, TextSanitiser.ToSafeHtml(html));
    }

    [Fact]
    public void Fragments_parsed_one_after_another_on_a_thread_hold_only_their_own_content()
    {
        // Left open on purpose: what one fragment leaves unclosed must not reach the next.
        Assert.Equal("<p>one</p>", TextSanitiser.ToSafeHtml("<p>one"));
        Assert.Equal("<ul><li>two</li></ul>", TextSanitiser.ToSafeHtml("<ul><li>two"));
        Assert.Equal("three", TextSanitiser.ToPlainText("<table><tr><td>three"));
        Assert.Equal("<strong>four</strong>", TextSanitiser.ToSafeHtml("<strong>four</strong>"));
    }

    [Theory]
    [InlineData("<span style=\"color:red\">text</span>", "text")]
    [InlineData("<font face=\"Arial\"><u>text</u></font>", "text")]
    [InlineData("<div><h2>Title</h2><p>Body</p></div>", "Title\n\n<p>Body</p>")]
    [InlineData("<table><tr><td>cell</td></tr></table>", "cell")]
    public void ToSafeHtml_UnwrapsDisallowedElementsKeepingTheirText(string input, string expected) =>
        Assert.Equal(expected, TextSanitiser.ToSafeHtml(input));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<style>body{}</style>")]
    [InlineData("<template><b>t</b></template>")]
    [InlineData("<noscript><b>n</b></noscript>")]
    [InlineData("<iframe src=\"https://example.org\">i</iframe>")]
    [InlineData("<object data=\"x\"><b>o</b></object>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    public void ToSafeHtml_RemovesCodeAndEmbeddedContentEntirely(string container) =>
        Assert.Equal("<p>Before after</p>", TextSanitiser.ToSafeHtml("<p>Before " + container + "after</p>"));

    [Fact]
    public void ToSafeHtml_DropsEveryAttributeButHref() =>
        Assert.Equal(
            "<p>Text <b>bold</b></p>",
            TextSanitiser.ToSafeHtml("<p style=\"margin-bottom:6.0pt\" class=\"x\" onclick=\"steal()\">Text <b onmouseover=\"x()\" id=\"y\">bold</b></p>"));

    [Theory]
    [InlineData("https://www.gob.mx/sspc/prensa")]
    [InlineData("http://example.org/a?b=1&c=2#part")]
    [InlineData("mailto:presidencia@inmujeres.gob.mx")]
    public void ToSafeHtml_KeepsAbsoluteWebAndMailLinksMarkedNofollowNoopener(string href)
    {
        var escaped = href.Replace("&", "&amp;");

        Assert.Equal(
            $"<a href=\"{escaped}\" rel=\"nofollow noopener\">link</a>",
            TextSanitiser.ToSafeHtml($"<a href=\"{escaped}\" target=\"_blank\" data-linkindex=\"10\">link</a>"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JaVa\tScRiPt:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox")]
    [InlineData("/relative/path")]
    [InlineData("#top")]
    [InlineData("ftp://example.org/file")]
    [InlineData("https://nam10.safelinks.protection.outlook.com/?data=04%7C01")]
    [InlineData("https://nam10.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)")]
    public void ToSafeHtml_UnwrapsLinksWhoseTargetIsNotAllowed(string href) =>
        Assert.Equal("<p>see link</p>", TextSanitiser.ToSafeHtml($"<p>see <a href=\"{href}\">link</a></p>"));

    [Fact]
    public void ToSafeHtml_ReplacesSafelinksWithTheirTarget() =>
        Assert.Equal(
            $"<a href=\"{SafeLinkTarget}\" rel=\"nofollow noopener\">report</a>",
            TextSanitiser.ToSafeHtml($"<a data-auth=\"Verified\" data-linkindex=\"10\" href=\"{SafeLink}\">report</a>"));

    [Theory]
    [InlineData("https://example.org/page?utm_source=news&amp;utm_medium=email&amp;utm_campaign=x", "https://example.org/page")]
    [InlineData("https://example.org/page?id=7&amp;fbclid=IwAR0&amp;gclid=Cj0&amp;mc_cid=1&amp;mc_eid=2#top", "https://example.org/page?id=7#top")]
    [InlineData("https://example.org/page?UTM_Content=a&amp;keep=yes", "https://example.org/page?keep=yes")]
    public void ToSafeHtml_RemovesTrackingParametersFromLinks(string href, string expected) =>
        Assert.Equal(
            $"<a href=\"{expected}\" rel=\"nofollow noopener\">x</a>",
            TextSanitiser.ToSafeHtml($"<a href=\"{href}\">x</a>"));

    [Fact]
    public void ToSafeHtml_EscapesTextAndAttributeValues() =>
        Assert.Equal(
            "<p>5 &lt; 6 &amp; \"quoted\" &gt; <a href=\"https://example.org/?q=%22x%22&amp;a=1\" rel=\"nofollow noopener\">q</a></p>",
            TextSanitiser.ToSafeHtml("<p>5 &lt; 6 &amp; \"quoted\" > <a href='https://example.org/?q=\"x\"&a=1'>q</a></p>"));

    [Fact]
    public void ToSafeHtml_DecodesEntitiesIntoCharacters() =>
        Assert.Equal(
            "Traducción Mixteco, women’s 360° “gaps”",
            TextSanitiser.ToSafeHtml("Traducci&oacute;n Mixteco, women&rsquo;s 360&deg; &ldquo;gaps&rdquo;"));

    [Fact]
    public void ToSafeHtml_DropsComments() =>
        Assert.Equal("<p>kept text</p>", TextSanitiser.ToSafeHtml("<p>kept <!-- <script>x</script> -->text</p>"));

    [Fact]
    public void ToSafeHtml_RemovesTagCutOffAtTheEnd() =>
        Assert.Equal(
            "after COVID19.",
            TextSanitiser.ToSafeHtml("after COVID19. <a data-auth=\"Verified\" href=\"https://nam10.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx"));

    [Theory]
    [InlineData("<a href=\"https://a.org\"><p>Card</p></a>", "<a href=\"https://a.org\" rel=\"nofollow noopener\">Card</a>")]
    [InlineData("<a href=\"https://a.org\">one <a href=\"https://b.org\">two</a></a>",
        "<a href=\"https://a.org\" rel=\"nofollow noopener\">one</a> <a href=\"https://b.org\" rel=\"nofollow noopener\">two</a>")]
    [InlineData("<p><marquee><ul><li>x</li></ul></marquee></p>", "<p>x</p>")]
    [InlineData("<li>loose item</li>", "loose item")]
    [InlineData("<b><blockquote>quote</blockquote></b>", "<b>quote</b>")]
    public void ToSafeHtml_KeepsOnlyNestingsThatSurviveReparsing(string input, string expected)
    {
        var html = TextSanitiser.ToSafeHtml(input);

        Assert.Equal(expected, html);
        Assert.Equal(html, TextSanitiser.ToSafeHtml(html));
    }

    [Fact]
    public void ToSafeHtml_DropsElementsLeftEmpty() =>
        Assert.Equal("<p>a b</p>", TextSanitiser.ToSafeHtml("<p>a<b> </b>b<i></i><a href=\"https://x.org\"></a></p>"));
}
