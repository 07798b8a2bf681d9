using System.Globalization;

namespace Avance.Iati.Reading;

/// <summary>
/// A file that cannot be read as IATI activities, with where the problem is. <see cref="Exception.Message"/> is in the
/// current UI culture; <see cref="GetMessage"/> gives it in another language.
/// </summary>
public sealed class IatiReadException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/> at a position of the file.</summary>
    /// <param name="error">What is wrong.</param>
    /// <param name="lineNumber">1-based line; 0 when unknown.</param>
    /// <param name="linePosition">1-based column; 0 when unknown.</param>
    /// <param name="detail">What the message names: the parser's explanation, the version found, or the limit.</param>
    /// <param name="inner">The exception that revealed the problem, if any.</param>
    public IatiReadException(IatiReadError error, int lineNumber, int linePosition, string? detail = null,
        Exception? inner = null)
        : base(Format(error, lineNumber, linePosition, detail, CultureInfo.CurrentUICulture), inner)
    {
        Error = error;
        LineNumber = lineNumber;
        LinePosition = linePosition;
        Detail = detail;
    }

    /// <summary>What is wrong.</summary>
    public IatiReadError Error { get; }

    /// <summary>1-based line of the problem; 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>1-based column of the problem; 0 when unknown.</summary>
    public int LinePosition { get; }

    /// <summary>What the message names: the parser's explanation, the version found, or the limit.</summary>
    public string? Detail { get; }

    /// <summary>The message in <paramref name="culture"/> (English when that language has no translation).</summary>
    public string GetMessage(CultureInfo culture) => Format(Error, LineNumber, LinePosition, Detail, culture);

    private static string Format(IatiReadError error, int line, int column, string? detail, CultureInfo culture)
    {
        var what = string.Format(culture, ReadingMessages.Get(error.ToString(), culture), detail);
        return string.Format(culture, ReadingMessages.Get("ErrorAt", culture), line, column, what);
    }
}
