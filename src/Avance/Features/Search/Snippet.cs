using System.Text;
using System.Text.RegularExpressions;

namespace Avance.Features.Search;

/// <summary>A piece of snippet text; matched words are pieces of their own, so each output can mark them its own way.</summary>
public sealed record SnippetSegment(string Text, bool IsMatch);

/// <summary>
/// A window of about thirty words of the original text around the first word that matches the query, with every
/// matching word in it marked. Words are compared in their search form, so "genero" marks "género" and "GÉNERO".
/// </summary>
public static partial class Snippet
{
    public const int WindowWords = 30;
    private const int WordsBeforeMatch = 8;

    public static IReadOnlyList<SnippetSegment> Build(string text, IReadOnlyList<string> terms)
    {
        var words = WordSpans(text, terms);
        if (words.Count == 0) return [];
        var first = words.FindIndex(w => w.IsMatch);
        var end = Math.Min(words.Count, Math.Max(0, first - WordsBeforeMatch) + WindowWords);
        var start = Math.Max(0, end - WindowWords);
        // "women's", "co-responsible", "1,500": the window never starts or stops inside a word written with a joiner.
        while (start > 0 && Joined(text, words[start - 1], words[start])) start--;
        while (end < words.Count && Joined(text, words[end - 1], words[end])) end++;

        var segments = new List<SnippetSegment>();
        var position = start == 0 ? 0 : words[start].Start;
        if (start > 0) Add(segments, "… ", false);
        foreach (var word in words.Skip(start).Take(end - start))
        {
            Add(segments, text[position..word.Start], false);
            Add(segments, text.Substring(word.Start, word.Length), word.IsMatch);
            position = word.Start + word.Length;
        }
        Add(segments, end < words.Count ? " …" : text[position..], false);
        return segments;
    }

    private sealed record WordSpan(int Start, int Length, bool IsMatch);

    /// <summary>Whether two words are parts of one written word: nothing but one non-space character between them.</summary>
    private static bool Joined(string text, WordSpan before, WordSpan after)
    {
        var gap = after.Start - (before.Start + before.Length);
        return gap == 1 && !char.IsWhiteSpace(text[after.Start - 1]);
    }

    private static List<WordSpan> WordSpans(string text, IReadOnlyList<string> terms)
    {
        var spans = new List<WordSpan>();
        var start = -1;
        for (var i = 0; i <= text.Length;)
        {
            var isWordPart = i < text.Length && Rune.TryGetRuneAt(text, i, out var rune) && SearchText.IsWordPart(rune);
            if (isWordPart && start < 0) start = i;
            if (!isWordPart && start >= 0)
            {
                var word = text[start..i];
                spans.Add(new WordSpan(start, i - start, SearchText.Words(word).Any(w => terms.Any(t => w.StartsWith(t, StringComparison.Ordinal)))));
                start = -1;
            }
            i += i < text.Length && char.IsSurrogatePair(text, i) ? 2 : 1;
        }
        return spans;
    }

    /// <summary>Adds text, joining it to the previous piece when neither is a match; line breaks become spaces.</summary>
    private static void Add(List<SnippetSegment> segments, string text, bool isMatch)
    {
        if (text.Length == 0) return;
        if (!isMatch) text = Whitespace().Replace(text, " ");
        if (!isMatch && segments.Count > 0 && !segments[^1].IsMatch) segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        else segments.Add(new SnippetSegment(text, isMatch));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
