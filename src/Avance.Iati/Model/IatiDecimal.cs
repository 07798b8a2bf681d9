using System.Globalization;

namespace Avance.Iati.Model;

/// <summary>The one definition of how decimal numbers are read from IATI (xsd:decimal, invariant culture).</summary>
public static class IatiDecimal
{
    private const NumberStyles XsdDecimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
        | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>Parses an xsd:decimal (leading/trailing spaces and a sign allowed, no thousands separators).</summary>
    public static bool TryParse(string? text, out decimal number) =>
        decimal.TryParse(text, XsdDecimal, CultureInfo.InvariantCulture, out number);
}
