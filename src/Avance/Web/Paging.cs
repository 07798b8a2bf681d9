namespace Avance.Web;

/// <summary>Which slice of a list a reader asked for. Page numbers start at 1.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Null page or size mean the defaults; anything else out of range is the reader's error (400).</summary>
    public static PageRequest? TryCreate(int? page, int? pageSize, out string? errorKey)
    {
        errorKey = page is < 1 ? "PageMustBePositive"
            : pageSize is < 1 or > MaxSize ? "PageSizeOutOfRange"
            : null;
        return errorKey is null ? new PageRequest(page ?? 1, pageSize ?? DefaultSize) : null;
    }
}

/// <summary>One page of rows and where it sits in the whole list ("Showing 1–5 of 11").</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    public int First => Total == 0 ? 0 : (Page - 1) * PageSize + 1;
    public int Last => Math.Min(Page * PageSize, Total);
    /// <summary>A page past the end of a non-empty list does not exist (404); page 1 of an empty list does.</summary>
    public bool Exists => Page <= Pages;
}

public static class PagingLinks
{
    /// <summary>RFC 8288 Link header with first, prev, next and last, built from the request's own URL.</summary>
    public static void AddLinkHeader<T>(this HttpResponse response, Paged<T> page)
    {
        var request = response.HttpContext.Request;
        string Url(int number)
        {
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value)
                .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
            query["page"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            query["pageSize"] = page.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"{request.PathBase}{request.Path}", query);
        }
        var links = new List<string> { $"<{Url(1)}>; rel=\"first\"", $"<{Url(page.Pages)}>; rel=\"last\"" };
        if (page.Page > 1) links.Add($"<{Url(page.Page - 1)}>; rel=\"prev\"");
        if (page.Page < page.Pages) links.Add($"<{Url(page.Page + 1)}>; rel=\"next\"");
        response.Headers.Append("Link", string.Join(", ", links));
    }
}
