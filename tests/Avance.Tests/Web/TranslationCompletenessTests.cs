using System.Collections;
using System.Globalization;
using System.Resources;
using Avance.Tests.Infrastructure;

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

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void EveryCountedText_HasItsPluralBesideItsSingular(string resources)
    {
        var keys = Entries(new ResourceManager(resources, typeof(Program).Assembly), CultureInfo.InvariantCulture).Keys.ToHashSet();

        Assert.All(keys.Where(k => k.EndsWith("One", StringComparison.Ordinal)), k => Assert.Contains(k[..^3] + "Other", keys));
    }

    [Theory]
    [InlineData("es", "PlanCount", 1, "1 plan")]
    [InlineData("es", "PlanCount", 0, "0 planes")]
    [InlineData("es", "PlanCount", 2, "2 planes")]
    [InlineData("en", "OutcomeCount", 1, "1 outcome")]
    [InlineData("en", "OutcomeCount", 1500, "1,500 outcomes")]
    public void Count_TakesTheSingularForOneAndThePluralOtherwise(string language, string key, long count, string expected)
    {
        using var reader = new ReaderCulture(language);

        Assert.Equal(expected, new Avance.Web.UiText().Count(key, count));
    }

    private static Dictionary<string, string> Entries(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value)];
}
