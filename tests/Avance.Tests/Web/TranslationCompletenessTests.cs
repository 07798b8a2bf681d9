using System.Collections;
using System.Globalization;
using System.Resources;

namespace Avance.Tests.Web;

public sealed class TranslationCompletenessTests
{
    public static TheoryData<string> ResourceSets() =>
        new([.. Avance.Web.UiText.ResourceSets.Select(name => $"Avance.Resources.{name}"), "Avance.Messages"]);

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void EveryKey_ExistsInEnglishAndSpanish_WithText(string resources)
    {
        var manager = new ResourceManager(resources, typeof(Program).Assembly);

        var english = Entries(manager, CultureInfo.InvariantCulture);
        var spanish = Entries(manager, CultureInfo.GetCultureInfo("es"));

        Assert.Equal(english.Count == 0, spanish.Count == 0);
        Assert.Empty(english.Keys.Except(spanish.Keys));
        Assert.Empty(spanish.Keys.Except(english.Keys));
        Assert.All(english.Concat(spanish), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Placeholders_AreTheSameInBothLanguages(string resources)
    {
        var manager = new ResourceManager(resources, typeof(Program).Assembly);
        var spanish = Entries(manager, CultureInfo.GetCultureInfo("es"));

        foreach (var (key, english) in Entries(manager, CultureInfo.InvariantCulture))
            Assert.True(Placeholders(english).SetEquals(Placeholders(spanish[key])), $"{key}: '{english}' / '{spanish[key]}'");
    }

    [Fact]
    public void SharedInterfaceStrings_AreThere()
    {
        var shared = new ResourceManager("Avance.Resources.Ui", typeof(Program).Assembly);
        Assert.NotEmpty(Entries(shared, CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> Entries(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value)];
}
