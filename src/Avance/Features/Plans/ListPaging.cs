using System.Globalization;
using Avance.Features.Errors;
using Avance.Web;

namespace Avance.Features.Plans;

/// <summary>
/// page and pageSize read as typed, so "abc" or "-1" is explained as a 400 instead of being taken for "not given".
/// </summary>
public static class ListPaging
{
    public static PageRequest? Read(string? page, string? pageSize, HttpContext context, UiText text)
    {
        string? errorKey = null;
        int? number = null, size = null;
        if (!string.IsNullOrWhiteSpace(page) && (number = WholeNumber(page)) is null) errorKey = "PageMustBePositive";
        else if (!string.IsNullOrWhiteSpace(pageSize) && (size = WholeNumber(pageSize)) is null) errorKey = "PageSizeOutOfRange";
        var request = errorKey is null ? PageRequest.TryCreate(number, size, out errorKey) : null;
        if (request is null) ErrorDetail.Explain(context, text[errorKey!]);
        return request;
    }

    public static Paged<T> Slice<T>(IReadOnlyList<T> rows, PageRequest request) =>
        new([.. rows.Skip(request.Skip).Take(request.PageSize)], request.Page, request.PageSize, rows.Count);

    private static int? WholeNumber(string value) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

/// <summary>One page of a list as the API returns it; the Link header carries the neighbouring pages.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
