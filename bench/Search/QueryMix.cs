using System.Text.RegularExpressions;
using Avance.Features.Search;

namespace Avance.Bench.Search;

/// <summary>
/// About two hundred queries a reader might type, drawn from the demo's own words with a fixed seed: accented words as
/// written, the same words unaccented and in capitals, prefixes, two- and three-word queries, and words that are not
/// there at all.
/// </summary>
internal static partial class QueryMix
{
    public static IReadOnlyList<string> Create(IReadOnlyList<string> texts, int seed)
    {
        var random = new Random(seed);
        var words = texts.SelectMany(t => Word().Matches(t).Select(m => m.Value)).Where(w => w.Length > 3).ToList();
        var accented = words.Where(w => Unaccented(w) != w.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        var common = words.GroupBy(w => w.ToLowerInvariant()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).Take(300).ToList();
        string Pick(IReadOnlyList<string> list) => list[random.Next(list.Count)];
        string Together(int count)
        {
            var text = Word().Matches(Pick(texts)).Select(m => m.Value).Where(w => w.Length > 3).ToList();
            var start = random.Next(Math.Max(1, text.Count - count));
            return string.Join(' ', text.Skip(start).Take(count));
        }

        var accentedPicks = Enumerable.Range(0, 30).Select(_ => Pick(accented)).ToList();
        return
        [
            .. accentedPicks,
            .. accentedPicks.Select(Unaccented),
            .. accentedPicks.Take(15).Select(w => w.ToUpperInvariant()),
            .. Enumerable.Range(0, 25).Select(_ => Pick(common)),
            .. Enumerable.Range(0, 40).Select(_ => Pick(common)).Select(w => w[..random.Next(2, Math.Min(6, w.Length))]),
            .. Enumerable.Range(0, 30).Select(_ => Together(2)),
            .. Enumerable.Range(0, 10).Select(_ => Together(3)),
            .. Enumerable.Range(0, 20).Select(i => $"zq{(char)('a' + i)}xj"),
        ];
    }

    private static string Unaccented(string word) => string.Join(' ', SearchText.Words(word));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
