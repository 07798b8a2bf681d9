using System.Globalization;
using Avance.Web;

namespace Avance.Features.Results;

/// <summary>
/// Query-string values read as the reader typed them, so a malformed value is explained (400) instead of being
/// silently taken for "not given". An empty value means "not given", as a GET form with an "all" option sends it.
/// </summary>
internal static class QueryValues
{
    public static bool IsGiven(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>Digits only: no sign, no spaces, no thousands separators.</summary>
    public static int? WholeNumber(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static PageRequest? Paging(string? page, string? pageSize, int defaultSize, out string? errorKey)
    {
        int? number = null, size = defaultSize;
        errorKey = null;
        if (IsGiven(page) && (number = WholeNumber(page)) is null) errorKey = "PageMustBePositive";
        else if (IsGiven(pageSize) && (size = WholeNumber(pageSize)) is null) errorKey = "PageSizeOutOfRange";
        return errorKey is null ? PageRequest.TryCreate(number, size, out errorKey) : null;
    }

    /// <summary>A calendar year between 1900 and 2100; null with an error key otherwise.</summary>
    public static bool TryYear(string? value, out int? year, out string? errorKey)
    {
        year = null;
        errorKey = null;
        if (!IsGiven(value)) return true;
        year = WholeNumber(value) is >= 1900 and <= 2100 and var number ? number : null;
        if (year is null) errorKey = "Results_YearInvalid";
        return year is not null;
    }
}
