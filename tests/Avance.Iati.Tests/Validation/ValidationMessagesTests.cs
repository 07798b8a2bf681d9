using System.Collections;
using System.Globalization;
using Avance.Iati.Validation;

namespace Avance.Iati.Tests.Validation;

/// <summary>Every validation text exists in English and Spanish, and every rule has a title in both.</summary>
public class ValidationMessagesTests
{
    [Fact]
    public void English_and_Spanish_resources_have_the_same_keys()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var spanish = Entries(CultureInfo.GetCultureInfo("es"));

        Assert.Equal(english.Keys.Order(), spanish.Keys.Order());
        Assert.All(spanish, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void Spanish_texts_are_translations_not_copies()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var copied = Entries(CultureInfo.GetCultureInfo("es"))
            .Where(entry => entry.Value == english[entry.Key])
            .Select(entry => entry.Key);

        // Only the schema message, which is nothing but "line:column message", reads the same in both.
        Assert.Equal(["MessageSchemaViolation"], copied);
    }

    [Fact]
    public void Every_rule_has_a_distinct_id_and_a_title_in_both_languages()
    {
        var english = CultureInfo.GetCultureInfo("en");
        var spanish = CultureInfo.GetCultureInfo("es");

        Assert.Equal(ValidationRules.All.Count, ValidationRules.All.Select(rule => rule.Id).Distinct().Count());
        Assert.All(ValidationRules.All, rule =>
        {
            Assert.Matches("^IATI-[XQ]-[0-9]{3}$", rule.Id);
            Assert.NotEqual(rule.Title(english), rule.Title(spanish));
        });
    }

    /// <summary>The texts of one culture's own resources, without falling back to another culture.</summary>
    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        ValidationMessages.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
}
