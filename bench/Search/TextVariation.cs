using System.Text;
using System.Text.RegularExpressions;
using Avance.Domain;

namespace Avance.Bench.Search;

/// <summary>
/// Makes a copy of a text read differently from the original: about one word in five is swapped for another word
/// of the same language taken from the demo content, so copies share a realistic vocabulary and word frequencies
/// but are not identical (identical copies would make every query's ranking a hundred-way tie).
/// </summary>
internal sealed partial class TextVariation(IReadOnlyDictionary<string, string[]> vocabulary, Random random)
{
    private const double SwapShare = 0.2;

    public static TextVariation From(IEnumerable<(string Language, string Text)> texts, Random random) => new(
        texts.GroupBy(t => t.Language).ToDictionary(
            g => g.Key,
            g => g.SelectMany(t => Word().Matches(t.Text).Select(m => m.Value)).Where(w => w.Length > 2).ToArray()),
        random);

    public LocalizedText Vary(LocalizedText text)
    {
        var copy = new LocalizedText();
        foreach (var translation in text.Translations) copy.Set(translation.Language, Vary(translation.Language, translation.Value));
        return copy;
    }

    public string Vary(string language, string text)
    {
        if (!vocabulary.TryGetValue(language, out var words) || words.Length == 0) return text;
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (Match match in Word().Matches(text))
        {
            result.Append(text, position, match.Index - position);
            result.Append(match.Length > 2 && random.NextDouble() < SwapShare ? words[random.Next(words.Length)] : match.Value);
            position = match.Index + match.Length;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
