using System.Globalization;

namespace Avance.Iati.Model;

/// <summary>
/// A result value as published. IATI types it as free text: usually a number, but qualitative indicators carry words
/// such as "Yes". <see cref="Number"/> is set when the text is a decimal number; <see cref="Text"/> is kept otherwise.
/// </summary>
public sealed record IatiValue(decimal? Number, string? Text)
{
    /// <summary>A numeric value.</summary>
    public static IatiValue Of(decimal number) => new(number, null);

    /// <summary>The value of published text: a number when it parses as one, the text itself otherwise.</summary>
    public static IatiValue Parse(string text) =>
        IatiDecimal.TryParse(text, out var number) ? new(number, null) : new(null, text);

    /// <summary>The text to publish: the number in invariant notation, else the original text.</summary>
    public override string ToString() => Number?.ToString(CultureInfo.InvariantCulture) ?? Text ?? "";
}
