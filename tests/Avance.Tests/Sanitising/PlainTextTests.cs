using Avance.Sanitising;
using static Avance.Tests.Sanitising.SanitiserSamples;

namespace Avance.Tests.Sanitising;

public sealed class PlainTextTests
{

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ToPlainText_ReturnsEmptyForNullOrEmpty(string? input) =>
        Assert.Equal(string.Empty, TextSanitiser.ToPlainText(input));

    [Theory]
    [InlineData("Traducci&oacute;n Mixteco", "Traducción Mixteco")]
    [InlineData("women&rsquo;s political leadership", "women’s political leadership")]
    [InlineData("an strategic 360&deg; approach", "an strategic 360° approach")]
    [InlineData("the Senate&acute;s approval", "the Senate´s approval")]
    [InlineData("&ldquo;Closing gaps&rdquo;", "“Closing gaps”")]
    [InlineData("income. &bull; Pillar 2", "income. • Pillar 2")]
    [InlineData("CACEH &amp; The Mexican Institute", "CACEH & The Mexican Institute")]
    public void ToPlainText_DecodesNamedEntities(string input, string expected) =>
        Assert.Equal(expected, TextSanitiser.ToPlainText(input));

    [Theory]
    [InlineData("Women & girls, peace & security &", "Women & girls, peace & security &")]
    [InlineData("Women & girls &amp; boys", "Women & girls & boys")]
    [InlineData("Women &\tgirls, ni&ntilde;as", "Women & girls, niñas")]
    [InlineData("One line\nanother line", "One line\nanother line")]
    [InlineData("One line\r\nanother\u00A0line", "One line\nanother line")]
    public void ToPlainText_KeepsAnAmpersandThatStartsNoReference(string input, string expected) =>
        Assert.Equal(expected, TextSanitiser.ToPlainText(input));

    [Theory]
    [InlineData("&#8220;Closing gaps&#x201D;", "“Closing gaps”")]
    [InlineData("M&#233;xico &#X26; Canad&#xe1;", "México & Canadá")]
    public void ToPlainText_DecodesNumericEntities(string input, string expected) =>
        Assert.Equal(expected, TextSanitiser.ToPlainText(input));

    [Fact]
    public void ToPlainText_DropsTagsButKeepsTheirText() =>
        Assert.Equal(
            "in Ireland and Colombia.1 A bold span.",
            TextSanitiser.ToPlainText("in Ireland and Colombia.<sup>1</sup> A <b class=\"x\">bold</b> <span onclick=\"go()\">span</span>."));

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("<style>p { color: red }</style>")]
    [InlineData("<template><p>hidden</p></template>")]
    [InlineData("<noscript><p>Enable JavaScript</p></noscript>")]
    [InlineData("<iframe src=\"https://evil.example\">frame text</iframe>")]
    [InlineData("<object data=\"x.swf\"><p>fallback</p></object>")]
    public void ToPlainText_DropsCodeAndEmbeddedContentEntirely(string container) =>
        Assert.Equal("Before after", TextSanitiser.ToPlainText("Before " + container + "after"));

    [Fact]
    public void ToPlainText_DropsComments() =>
        Assert.Equal("kept text", TextSanitiser.ToPlainText("kept <!-- [if mso]>secret<![endif] -->text"));

    [Theory]
    [InlineData("in Mexico after COVID19. <p style=\"margin-bottom:6.0")]
    [InlineData("in Mexico after COVID19. <a data-auth=\"Verified\" href=\"https://nam10.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx")]
    [InlineData("in Mexico after COVID19. <span")]
    public void ToPlainText_RemovesTagCutOffAtTheEnd(string input) =>
        Assert.Equal("in Mexico after COVID19.", TextSanitiser.ToPlainText(input));

    [Fact]
    public void ToPlainText_RemovesTagCutOffAtLineEndWithoutSwallowingLaterLines()
    {
        var input = "denouncing VAWP. <a href=\"https://nam10.safelinks.protection.outlook.com/?url=x&amp;data=04%7Cjes\n"
            + "outcome XM-DAC-41146-MEX_D_2.1\n\nthe brief \"Rights- based supply chains\".";

        Assert.Equal(
            "denouncing VAWP.\noutcome XM-DAC-41146-MEX_D_2.1\n\nthe brief \"Rights- based supply chains\".",
            TextSanitiser.ToPlainText(input));
    }

    [Fact]
    public void ToPlainText_TurnsLinksIntoTheirText() =>
        Assert.Equal(
            "La Jornada, in the article (date of access: June 23, 2021).",
            TextSanitiser.ToPlainText("La Jornada, in <a href=\"https://www.jornada.com.mx/x.html\">the article</a> (date of access: June 23, 2021)."));

    [Fact]
    public void ToPlainText_RemovesLoremIpsumLinesWithoutLeavingGaps() =>
        Assert.Equal(
            "- Tableau\n2023 | 2022",
            TextSanitiser.ToPlainText("- Tableau\n" + Lorem + "\n" + Lorem + "\n2023 | 2022"));

    [Fact]
    public void ToPlainText_RemovesLoremIpsumSentencesWithinProse() =>
        Assert.Equal(
            "Outcome summary. Real text follows.",
            TextSanitiser.ToPlainText("<p>Outcome summary. " + Lorem + " Real text follows.</p>"));

    [Fact]
    public void ToPlainText_CollapsesRunsOfSpacesAndTabs() =>
        Assert.Equal("women human rights to access", TextSanitiser.ToPlainText("  women \t human&nbsp;&nbsp; rights\t\tto  access  "));

    [Fact]
    public void ToPlainText_SeparatesBlockElementsWithOneBlankLine() =>
        Assert.Equal(
            "Title\n\nFirst paragraph.\n\nA division.\n\nItem one\n\nItem two",
            TextSanitiser.ToPlainText("<h1>Title</h1>\n<p>First paragraph.</p><p></p><div>A division.</div><ul><li>Item one</li><li>Item two</li></ul>"));

    [Fact]
    public void ToPlainText_TurnsLineBreakElementIntoNewline() =>
        Assert.Equal("Calle 1\nCiudad de México", TextSanitiser.ToPlainText("Calle 1<br>Ciudad de México<br/>"));

    [Fact]
    public void ToPlainText_KeepsLineAndParagraphBreaksOfScrapedText() =>
        Assert.Equal(
            "Outcome summary\nMexican State advance\n\nOutcome resources",
            TextSanitiser.ToPlainText("Outcome summary\r\nMexican State advance  \n\n\n\n  Outcome resources\n"));

    [Fact]
    public void ToPlainText_LeavesSpacesBeforePunctuationAlone() =>
        Assert.Equal(
            "for the entire population , especially that found",
            TextSanitiser.ToPlainText("for the entire population , especially that found"));

    [Fact]
    public void ToPlainText_ReplacesSafelinksInProseWithTheirTarget() =>
        Assert.Equal(
            "See " + SafeLinkTarget + ".",
            TextSanitiser.ToPlainText("See " + SafeLink + "."));

    [Fact]
    public void ToPlainText_StripsTrackingParametersFromUrlsInProse() =>
        Assert.Equal(
            "in https://undocs.org/en/S/RES/1325%20(2000)?lang=en (date of access).",
            TextSanitiser.ToPlainText("in https://undocs.org/en/S/RES/1325%20(2000)?utm_source=mail&amp;lang=en&amp;fbclid=abc (date of access)."));

    [Fact]
    public void ToPlainText_UnpicksDoubleEscapedFootnoteMarkup()
    {
        Assert.Equal(
            "5 UN Women, \"Peace and Security\"",
            TextSanitiser.ToPlainText("<sup>&</sup>lt;sup>5</sup> UN Women, \"Peace and Security\""));
        Assert.Equal(
            "\"Plan Nacional de Acción\"",
            TextSanitiser.ToPlainText("<sup>&</sup>quot;Plan Nacional de Acción\""));
    }

    [Fact]
    public void ToPlainText_SettlesOnMarkupFreeTextForEndlesslyEscapedInput()
    {
        var input = "x &" + string.Concat(Enumerable.Repeat("amp;", 40)) + "lt;b&gt;y";

        var plain = TextSanitiser.ToPlainText(input);

        Assert.DoesNotContain("<", plain);
        Assert.Equal(plain, TextSanitiser.ToPlainText(plain));
    }
}
