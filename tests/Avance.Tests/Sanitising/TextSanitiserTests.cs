using Avance.Sanitising;

namespace Avance.Tests.Sanitising;

public class TextSanitiserTests
{
    private const string Lorem = "Lorem Ipsum is simply dummy text of the printing and typesetting industry.";

    private const string SafeLink =
        "https://nam10.safelinks.protection.outlook.com/ap/b-59584e83/?url=https%3A%2F%2Funwomen-my.sharepoint.com"
        + "%2F%3Ab%3A%2Fg%2Fpersonal%2Fdoc%3Fe%3DJ11A0P&amp;data=04%7C01%7Cjessi%7C&amp;reserved=0";

    private const string SafeLinkTarget = "https://unwomen-my.sharepoint.com/:b:/g/personal/doc?e=J11A0P";

    // ---- ToPlainText ----

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

    // ---- ToSafeHtml ----

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

    // ---- Both ----

    public static TheoryData<string> NastyInputs() => new()
    {
        "<p><b>x</p><p>y</b></p>",
        "<b><b><b><b><b>deep</b></b></b></b></b> after",
        "<table><tr><td><p>a<td>b</table>c",
        "<ul><li>one<li>two<ul><li>nested</ul></ul><li>stray",
        "<a href=\"https://a.org\"><div><a href=\"https://b.org\">x</a></div></a>",
        "&lt;script&gt;alert(1)&lt;/script&gt; and &amp;lt;b&amp;gt;",
        "<p>&nbsp;&nbsp;</p><p> \u00A0 </p>text\u0000with\u0001controls",
        "x < y && y > z; AT&T &copy2023 &notit;",
        "<plaintext><b>raw</b> text",
        "<svg><a href=\"https://a.org\"><text>svg link</text></a></svg><math><mi><b>m</b></mi></math>",
        "<frameset><frame src=x></frameset><title>t</title><textarea><p>ta</p></textarea>",
        "<pre>\n\nleading</pre><listing>\nx</listing>",
        "<p>" + Lorem + "</p><p>Lorem ipsum dolor sit amet, consectetur.</p>",
        "https://nam10.safelinks.protection.outlook.com/?url=https%3A%2F%2Fa.org%2F%3Futm_source%3Dx%26id%3D1&data=1",
        string.Concat(Enumerable.Repeat("<blockquote><b>", 700)) + "deep" + string.Concat(Enumerable.Repeat("<div>", 700)),
        "unterminated <!-- comment <b>x</b>",
        "<p title=\"a\nb\">split attribute</p> and <a href='x\ny'>z</a>",
    };

    [Theory]
    [MemberData(nameof(NastyInputs))]
    public void Both_AreIdempotentOnMalformedMarkup(string input) => AssertIdempotent(input);

    [Theory]
    [MemberData(nameof(SeedExcerptNames))]
    public void Both_AreIdempotentOnSeedExcerpts(string name) => AssertIdempotent(SeedExcerpts[name]);

    [Theory]
    [MemberData(nameof(SeedExcerptNames))]
    public void SeedExcerpts_LeaveNoMarkupEntitiesOrTrackingLinks(string name)
    {
        var plain = TextSanitiser.ToPlainText(SeedExcerpts[name]);
        var html = TextSanitiser.ToSafeHtml(SeedExcerpts[name]);

        Assert.DoesNotContain("<", plain);
        Assert.DoesNotContain("&oacute;", plain);
        Assert.DoesNotContain("safelinks", plain);
        Assert.DoesNotContain("safelinks", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("&amp;oacute;", html);
        Assert.NotEmpty(plain);
    }

    [Fact]
    public void SeedExcerpts_KeepProseAroundTheMarkup()
    {
        var plain = TextSanitiser.ToPlainText(SeedExcerpts["003_results_narrative"]);

        Assert.Contains("Traducción Mixteco", plain);
        Assert.Contains("denouncing VAWP.\noutcome XM-DAC-41146-MEX_D_2.1", plain);
        Assert.Contains("the Senate´s approval", plain);
        Assert.Contains("• Pillar 2", plain);
    }

    [Fact]
    public void Both_NeverThrowAndStayIdempotentOnRandomMarkup()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<b>", "</b>", "<a href=\"https://a.org/?utm_source=x\">", "<a href=\"", "</a>", "<li>", "<ul>",
            "</ul>", "<div>", "<script>", "</script>", "<!--", "-->", "&amp;", "&lt;", "&gt;", "&", "<", ">", "\"", "'",
            "\n", " ", "\t", "text", "Lorem ipsum", ".", "<br>", "<sup>", "&#x", "&#0;", "<table>", "<td>", "<blockquote>",
            "https://nam10.safelinks.protection.outlook.com/?url=", "%3A%2F%2F", "<style>", "=", "\u00A0", "\uD800",
        ];
        var random = new Random(1325);

        for (var sample = 0; sample < 300; sample++)
        {
            var input = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));

            AssertIdempotent(input);
        }
    }

    private static void AssertIdempotent(string input)
    {
        var plain = TextSanitiser.ToPlainText(input);
        var html = TextSanitiser.ToSafeHtml(input);

        Assert.Equal(plain, TextSanitiser.ToPlainText(plain));
        Assert.Equal(html, TextSanitiser.ToSafeHtml(html));
    }

    // ---- Seed excerpts (copied from scraped pages so tests run without the shared seed folder) ----

    public static TheoryData<string> SeedExcerptNames() => new(SeedExcerpts.Keys);

    private static readonly Dictionary<string, string> SeedExcerpts = new()
    {
        ["000_nap_overview"] = """
            Mexico

            Mexico adopted its first 1325 National Action Plan in 2021. The development of the NAP was spearheaded by the Ministry of Foreign Affairs, the Ministry of National Defense, the Ministry of the Navy, the Ministry of Security and Citizen Protection, and the National Institute for Women.

            The NAP is structured along the four main pillars of the Women, Peace and Security agenda: Prevention, Participation, Protection, and Relief and Recovery. This policy aligns itself with Mexico’s Feminist Foreign Policy, adopted in January 2020. 
            """,
        ["001_outcome_report"] = """
            In the framework of the ED’s visit to Mexico for the GEF, a special meeting was organized with the CSAG regarding violence against women and how to tackle the different challenges of new normality in Mexico after COVID19. <p style="margin-bottom:6.0
            Enhanced coordination, coherence and accountability of the UN system for commitments to gender equality and women´s empowerment
            UN
            """,
        ["002_outcome_page"] = """
            Outcome summary
            Mexican State advance in the promotion, protection and respect of the full exercise of women human rights to access to justice and reparation for the entire population , especially that found in contexts of greater vulnerability
            Outcome resources
            - Chart
            - Tableau
            Lorem Ipsum is simply dummy text of the printing and typesetting industry.
            Lorem Ipsum is simply dummy text of the printing and typesetting industry.
            2023 | 2022 | 2021 | 2020 | |
            """,
        ["003_results_narrative"] = """
            in Spanish and in the two most spoken indigenous languages in the state: Mixteco and Zapoteco. Traducci&oacute;n Mixteco Traducci&oacute;n Zapoteco Also, audio spots were elaborated highlighting the importance of women&rsquo;s political leadership. CO elaborated and shared with local institutions a series of recommendations to improve their response to VAWP , based on testimonies, legal dispositions, and the identified barriers that women face when denouncing VAWP. <a data-auth="Verified" data-linkindex="10" href="https://nam10.safelinks.protection.outlook.com/ap/b-59584e83/?url=https%3A%2F%2Funwomen-my.sharepoint.com%2F%3Ab%3A%2Fg%2Fpersonal%2Ffrancisco_camarena_unwomen_org%2FEeeQVm9KPNxCrQCkDblBjpIBzGdPmDktqPEL15ZCHvyzWA%3Fe%3DJ11A0P&amp;data=04%7C01%7Cjessi
            outcome XM-DAC-41146-MEX_D_2.1

            promoting the construction of a National Care System in Mexico , with an strategic 360&deg; approach. The Chamber of Deputies approved a bill to recognize the right of care and the State&rsquo;s responsibility of creating a national care system. However, the Senate&acute;s approval is pending. The Joint SDG Fund Programme &ldquo;Closing gaps: Making social protection work for women in Mexico&rdquo; implemented by ILO. Collaborations with the Domestic Workers Union, CACEH &amp; The Mexican Institute for Radio (IMER).

            many of the businesses have become the main household income. &bull; Pillar 2 promote gender equality within Danone in Mexico. Spaces such as M&aacute;s Cartagena and the WEPS; knowledge sharing products such as the brief "Rights- based and gender-sensitive supply chains".
            """,
        ["004_article"] = """
            mediators of conflicts between sister communities as they were in Ireland and Colombia.<sup>1</sup>

            Nadine Gasman, "Mujeres, indispensables en la construcción de paz", La Jornada, May 26, 2020, in <a href="https://www.jornada.com.mx/ultimas/sociedad/2020/05/26/mujeres-indispensables-en-la-construccion-de-paz-4076.html">https://www.jornada.com.mx/ultimas/sociedad/2020/05/26/mujeres-indispensables-en-la-construccion-de-paz-4076.html</a> (date of access: June 23, 2021).

            <sup>&</sup>lt;sup>5</sup> UN Women, "Peace and Security", in https://www.unwomen.org/en/what-we-do/peace-and-security (date of access: May 21, 2021).

            Sedena, Semar, SSPC, SRE & Inmujeres, "México presenta su primer Plan Nacional de Acción", Joint press release, January 11, 2021, in <a href="https://www.gob.mx/sre/prensa/gobierno-de-mexico-presenta-su-primer-plan-nacional (date of access: June 22, 2021).</p>

            <sup>&</sup>quot;Plan Nacional de Acción para el seguimiento de la resolución 1325 (2000)", in https://drive. google.com/file/d/10Ep7J-EhhNTZIa8Rl\_6tUAFzndCr-IJZ/view (date of access: June 22, 2021).
            """,
    };
}
