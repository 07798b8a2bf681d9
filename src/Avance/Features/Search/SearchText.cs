using System.Globalization;
using System.Text;

namespace Avance.Features.Search;

/// <summary>
/// The one definition of a searchable word, applied to stored text and to queries alike: runs of letters and digits,
/// lower case, accents removed (decomposed, non-spacing marks dropped). Both engines are handed text already cut into
/// these words, so "construccion", "construcción" and "CONSTRUCCIÓN" are the same word on SQLite and PostgreSQL.
/// </summary>
public static class SearchText
{
    /// <summary>Longer words are cut to this length, in the index and in queries alike, so they still match as prefixes.</summary>
    public const int MaxWordLength = 64;

    /// <summary>PostgreSQL refuses a tsvector over 1 MB; no real narrative comes near this many words.</summary>
    public const int MaxIndexedWords = 20_000;

    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in Decompose(text).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            if (Rune.IsLetterOrDigit(rune))
            {
                if (word.Length + rune.Utf16SequenceLength <= MaxWordLength) word.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            if (word.Length == 0) continue;
            yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>
    /// What the full-text index holds: the words of a text, each preceded by one space, so " term" occurs in it once
    /// for every word that starts with the term, and counting words that match is counting that substring.
    /// </summary>
    public static string IndexForm(string text) => string.Concat(Words(text).Take(MaxIndexedWords).Select(w => " " + w));

    /// <summary>True for the characters a word is made of in the original text (accents may follow their letter).</summary>
    public static bool IsWordPart(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark;

    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; enumerating runes turns it into U+FFFD, which is no word.
            return string.Concat(text.EnumerateRunes().Select(r => r.ToString())).Normalize(NormalizationForm.FormD);
        }
    }
}
