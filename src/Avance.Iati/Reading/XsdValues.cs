using System.Globalization;
using Avance.Iati.Model;

namespace Avance.Iati.Reading;

/// <summary>
/// Lenient parsing of XML Schema simple values as IATI files carry them: a value that does not parse is absent rather
/// than fatal, because the validator, not the reader, judges a file.
/// </summary>
internal static class XsdValues
{
    private const string DatePattern = "yyyy-MM-dd";

    /// <summary>An xsd:date; a time zone or a time after the date (common in the wild) is ignored.</summary>
    public static DateOnly? Date(string? text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length >= DatePattern.Length
            && DateOnly.TryParseExact(trimmed[..DatePattern.Length], DatePattern, CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date)
            && IsDateSuffix(trimmed[DatePattern.Length..])
                ? date
                : null;
    }

    /// <summary>An xsd:dateTime; without a time zone it is taken as UTC so that it reads back the same.</summary>
    public static DateTimeOffset? DateTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;

    /// <summary>An xsd:boolean: true, false, 1 or 0.</summary>
    public static bool? Boolean(string? text) => text?.Trim() switch
    {
        "1" or "true" => true,
        "0" or "false" => false,
        _ => null,
    };

    /// <summary>An xsd:int or xsd:positiveInteger.</summary>
    public static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An xsd:decimal.</summary>
    public static decimal? Decimal(string? text) => IatiDecimal.TryParse(text, out var value) ? value : null;

    private static bool IsDateSuffix(ReadOnlySpan<char> rest) =>
        rest.IsEmpty || rest[0] is 'Z' or '+' or '-' or 'T';
}
