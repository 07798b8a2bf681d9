using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using Avance.Tests.Infrastructure;
using Avance.Web;

namespace Avance.Tests.Web;

/// <summary>
/// Every page type, in each language, shows no missing translation (⟦key⟧) and no interface sentence of the
/// other language — which catches text that was written into a page instead of going through the resources.
/// </summary>
public sealed partial class UntranslatedTextTests
{
    private static readonly string[] PagePaths =
    [
        "", "/countries/mx", "/countries/mx/plans/NAP-1325", "/countries/mx/plans/NAP-1325?tab=actors",
        "/countries/mx/plans/NAP-1325?tab=timeframe", "/countries/mx/plans/NAP-1325?tab=actions",
        "/countries/mx/plans/NAP-1325?tab=indicators", "/countries/mx/plans/NAP-1325?tab=monitoring",
        "/countries/mx/plans/NAP-1325?tab=budget", "/countries/mx/plans/NAP-1325?tab=disarmament",
        "/countries/mx/plans/NAP-1325/indicators/PAR-1.1", "/countries/mx/plans/NAP-1325/indicators/PAR-4.1",
        "/countries/mx/results", "/countries/mx/results?year=2022", "/countries/mx/programmes",
        "/countries/mx/programmes/mucpaz", "/countries/mx/programmes/mucpaz?year=2021", "/search?q=paz",
        "/search?q=zzzzzz", "/countries/zz",
    ];

    [Theory]
    [InlineData("en", "es")]
    [InlineData("es", "en")]
    public async Task EveryPageType_IsWhollyInItsLanguage(string language, string other)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();
        var foreign = InterfaceSentences(other, language);
        Assert.True(foreign.Count > 50, $"only {foreign.Count} {other} phrases to look for");
        var outcome = await FirstOutcomePath(client, language);

        foreach (var path in PagePaths.Select(p => $"/{language}{p}").Append(outcome))
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            var text = WebUtility.HtmlDecode(Tags().Replace(await response.Content.ReadAsStringAsync(), " "));
            Assert.DoesNotContain("⟦", text);
            var leaked = foreign.Where(text.Contains).ToList();
            Assert.True(leaked.Count == 0, $"{path} shows {other} interface text: {string.Join(" | ", leaked)}");
        }
    }

    private static async Task<string> FirstOutcomePath(HttpClient client, string language)
    {
        var results = await client.GetStringAsync($"/{language}/countries/mx/results");
        return OutcomeLink().Match(results).Groups[1].Value;
    }

    /// <summary>Fragments of interface text (between placeholders) that exist only in one language and are long enough to be telling.</summary>
    internal static HashSet<string> InterfaceSentences(string language, string otherLanguage)
    {
        var fragments = new HashSet<string>();
        foreach (var set in UiText.ResourceSets)
        {
            var manager = new ResourceManager($"Avance.Resources.{set}", typeof(Program).Assembly);
            var these = Entries(manager, language);
            var others = Entries(manager, otherLanguage);
            foreach (var (key, value) in these)
            {
                if (others.TryGetValue(key, out var translation) && translation == value) continue;
                foreach (var fragment in Placeholder().Split(value).Select(f => f.Trim()))
                    if (fragment.Length >= 16 && fragment.Contains(' ')) fragments.Add(fragment);
            }
        }
        return fragments;
    }

    private static Dictionary<string, string> Entries(ResourceManager manager, string language) =>
        manager.GetResourceSet(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language), true, false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"href=""(/(?:en|es)/countries/mx/results/\d+)""")]
    private static partial Regex OutcomeLink();
}
