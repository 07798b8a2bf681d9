using System.Globalization;
using Avance.Web;

namespace Avance.Features.Search;

/// <summary>Reads page and page size from the query string as text, so "abc" gets the same explanation as "0".</summary>
public static class SearchPaging
{
    public static PageRequest? TryParse(string? page, string? pageSize, int defaultSize, out string? errorKey)
    {
        errorKey = null;
        if (!TryNumber(page, out var number)) errorKey = "PageMustBePositive";
        else if (!TryNumber(pageSize, out var size)) errorKey = "PageSizeOutOfRange";
        else return PageRequest.TryCreate(number, size ?? defaultSize, out errorKey);
        return null;
    }

    private static bool TryNumber(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text)) return true;
        // Anything that is not a plain whole number is out of range: "-1", "1.5" and "9999999999" alike.
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) number = 0;
        value = number;
        return number > 0;
    }
}
