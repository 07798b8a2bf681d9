using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Reporting.Entry;

/// <summary>Every reporting page, in each language, shows no missing translation and none of the other language's reporting text.</summary>
public sealed partial class EntryPagesLanguageTests
{
    [Theory]
    [InlineData("en", "es")]
    [InlineData("es", "en")]
    public async Task Every_reporting_page_is_wholly_in_its_language(string language, string other)
    {
        await using var scene = await ReportingScene.CreateAsync(Provider.Sqlite);
        await scene.RecordAsync(scene.Officers, ("", 119m), ("sex=female", 36m));
        using var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var foreign = Phrases(other, language);
        Assert.True(foreign.Count > 40, $"only {foreign.Count} phrases to look for");

        foreach (var path in new[]
                 {
                     $"/{language}/workspace/reporting", scene.Page(language), scene.IndicatorPage(scene.Officers, language),
                     scene.IndicatorPage(scene.WomenShare, language), $"{scene.Page(language)}/activities/{scene.ActivityId}", $"{scene.Page(language)}/template",
                 })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = WebUtility.HtmlDecode(Tags().Replace(await response.Content.ReadAsStringAsync(), " "));
            Assert.DoesNotContain("⟦", text, StringComparison.Ordinal);
            var leaked = foreign.Where(text.Contains).ToList();
            Assert.True(leaked.Count == 0, $"{path} shows {other} text: {string.Join(" | ", leaked)}");
        }
    }

    /// <summary>Reporting phrases that exist in one language only, long enough to be telling.</summary>
    private static HashSet<string> Phrases(string language, string otherLanguage)
    {
        var manager = new ResourceManager("Avance.Resources.Workflow", typeof(Program).Assembly);
        var these = Entries(manager, language);
        var others = Entries(manager, otherLanguage);
        return [.. these.Where(e => others[e.Key] != e.Value)
            .SelectMany(e => Placeholder().Split(e.Value).Select(f => f.Trim()))
            .Where(f => f.Length >= 16 && f.Contains(' '))];
    }

    private static Dictionary<string, string> Entries(ResourceManager manager, string language) =>
        manager.GetResourceSet(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language), true, false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
