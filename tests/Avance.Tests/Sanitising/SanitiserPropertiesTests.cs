using Avance.Sanitising;
using static Avance.Tests.Sanitising.SanitiserSamples;

namespace Avance.Tests.Sanitising;

public sealed class SanitiserPropertiesTests
{

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
    [MemberData(nameof(SeedExcerptNames), MemberType = typeof(SanitiserSamples))]
    public void Both_AreIdempotentOnSeedExcerpts(string name) => AssertIdempotent(SeedExcerpts[name]);

    [Theory]
    [MemberData(nameof(SeedExcerptNames), MemberType = typeof(SanitiserSamples))]
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
}
