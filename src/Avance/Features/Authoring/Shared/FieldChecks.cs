using System.Globalization;
using System.Text.RegularExpressions;
using Avance.Web;

namespace Avance.Features.Authoring;

/// <summary>
/// The checks every authoring form and request shares, each adding a message that names the field (by its label in the
/// request's language) and says what is wrong. The parse methods read the text of a form field; the API gets typed JSON.
/// </summary>
public sealed partial class FieldChecks(FieldErrors errors, UiText text)
{
    public const int ShortText = 500;
    public const int LongText = 8000;
    public const int CodeLength = 50;

    public FieldErrors Errors => errors;

    /// <summary>The field's label; a row of a list ("Targets[1].Year") is named by its place as the form shows it ("Target row 2, year").</summary>
    public string Label(string field)
    {
        var row = RowField().Match(field);
        if (!row.Success) return text["Authoring_Field_" + field];
        var list = row.Groups[1].Value;
        return text["Authoring_Field_" + list + "_Row", int.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture) + 1,
            text["Authoring_Field_" + list + "_" + row.Groups[3].Value]];
    }

    public void Add(string field, string key, params object[] arguments) =>
        errors.Add(field, text[key, [Label(field), .. arguments]]);

    public void Required(string field, object? value)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s)) Add(field, "Authoring_Error_Required");
    }

    /// <summary>A text needs at least one of its two languages when required; each language has a length limit.</summary>
    public void Text(string field, BilingualText? value, int maxLength, bool required = false)
    {
        if (required && BilingualText.IsEmpty(value)) Add(field, "Authoring_Error_TextRequired");
        if (BilingualText.Clean(value?.En)?.Length > maxLength || BilingualText.Clean(value?.Es)?.Length > maxLength)
            Add(field, "Authoring_Error_TooLong", maxLength);
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value < min || value > max) Add(field, "Authoring_Error_Range", min, max);
    }

    public void Range(string field, decimal? value, decimal min, decimal max)
    {
        if (value < min || value > max) Add(field, "Authoring_Error_Range", Format.Number(min), Format.Number(max));
    }

    /// <summary>Codes become part of public addresses (/plans/NAP-1325/indicators/PAR-4.1), so they keep to safe characters.</summary>
    public void Code(string field, string? code)
    {
        Required(field, code);
        if (string.IsNullOrWhiteSpace(code)) return;
        if (code.Trim().Length > CodeLength) Add(field, "Authoring_Error_TooLong", CodeLength);
        else if (!CodePattern().IsMatch(code.Trim())) Add(field, "Authoring_Error_CodeFormat");
    }

    public int? WholeNumber(string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        Add(field, "Authoring_Error_NotWholeNumber", raw.Trim());
        return null;
    }

    public decimal? Number(string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (decimal.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        Add(field, "Authoring_Error_NotNumber", raw.Trim());
        return null;
    }

    public DateOnly? Date(string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        Add(field, "Authoring_Error_NotDate", raw.Trim());
        return null;
    }

    public T? Choice<T>(string field, string? raw) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (Enum.TryParse<T>(raw.Trim(), ignoreCase: false, out var value) && Enum.IsDefined(value)) return value;
        Add(field, "Authoring_Error_NotChoice", raw.Trim());
        return null;
    }

    [GeneratedRegex(@"^(\w+)\[(\d+)\]\.(\w+)$")]
    private static partial Regex RowField();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex CodePattern();
}
